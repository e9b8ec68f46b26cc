package dev.huiju.clients;

/**
 * A domain service refused the request (4xx) with a typed error: the caller's fault, never retried and
 * never counted against the service's health.
 */
public class DomainRejection extends RuntimeException {

	private final String service;

	private final int status;

	private final String code;

	private final String field;

	private final String reason;

	public DomainRejection(String service, int status, String code, String message, String field) {
		this(service, status, code, message, field, null);
	}

	public DomainRejection(String service, int status, String code, String message, String field, String reason) {
		super(message);
		this.service = service;
		this.status = status;
		this.code = code;
		this.field = field;
		this.reason = reason;
	}

	public String service() {
		return this.service;
	}

	public int status() {
		return this.status;
	}

	/** BAD_USER_INPUT, PERMISSION_DENIED or NOT_FOUND. */
	public String code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

	/** The domain rule that refused, as its stable code; {@code null} when the service named none. */
	public String reason() {
		return this.reason;
	}

}
