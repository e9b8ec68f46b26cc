package dev.huiju.service.support;

/**
 * The body of every non-2xx answer of a domain service.
 *
 * @param code one of the closed set shared with the BFF: BAD_USER_INPUT, PERMISSION_DENIED, NOT_FOUND, INTERNAL
 * @param message a sentence for a person, never a stack trace or SQL
 * @param field the input field at fault, when there is one
 */
public record ApiError(String code, String message, String field) {
}
