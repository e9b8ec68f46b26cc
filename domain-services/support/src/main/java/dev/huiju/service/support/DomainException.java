package dev.huiju.service.support;

import org.springframework.http.HttpStatus;

/** A refusal that the caller caused and can understand; it carries the HTTP status and the error code. */
public class DomainException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String field;

	private final String reason;

	public DomainException(HttpStatus status, String code, String message, String field) {
		this(status, code, message, field, null);
	}

	public DomainException(HttpStatus status, String code, String message, String field, String reason) {
		super(message);
		this.status = status;
		this.code = code;
		this.field = field;
		this.reason = reason;
	}

	public static DomainException badInput(String message) {
		return new DomainException(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", message, null);
	}

	public static DomainException badInput(String field, String message) {
		return new DomainException(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", message, field);
	}

	/**
	 * A rule of the domain refused the input: {@code reason} is a stable code a client can branch on
	 * ({@code NOTICE_UNDER_48_HOURS}), the message a sentence for a person.
	 */
	public static DomainException rule(String reason, String field, String message) {
		return new DomainException(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", message, field, reason);
	}

	/** An illegal transition: the request is well formed but the object's state forbids it. */
	public static DomainException conflict(String message) {
		return new DomainException(HttpStatus.CONFLICT, "BAD_USER_INPUT", message, null);
	}

	public static DomainException denied(String message) {
		return new DomainException(HttpStatus.FORBIDDEN, "PERMISSION_DENIED", message, null);
	}

	public static DomainException notFound(String what, Object id) {
		return new DomainException(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " " + id + " does not exist", null);
	}

	public HttpStatus status() {
		return this.status;
	}

	public ApiError toApiError() {
		return new ApiError(this.code, getMessage(), this.field, this.reason);
	}

}
