package dev.huiju.service.support;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every non-2xx answer of a domain service.
 *
 * @param code one of the closed set shared with the BFF: BAD_USER_INPUT, PERMISSION_DENIED, NOT_FOUND, INTERNAL
 * @param message a sentence for a person, never a stack trace or SQL
 * @param field the input field at fault, when there is one
 * @param reason the rule that refused, as a stable code, when a domain rule did; absent otherwise
 */
public record ApiError(String code, String message, String field,
		@JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

	public ApiError(String code, String message, String field) {
		this(code, message, field, null);
	}

}
