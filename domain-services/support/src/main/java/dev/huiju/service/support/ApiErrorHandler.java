package dev.huiju.service.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/** Turns every failure of a controller into an {@link ApiError}; technical details stay in the log. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ApiError> domain(DomainException ex) {
		return ResponseEntity.status(ex.status()).body(ex.toApiError());
	}

	@ExceptionHandler(WebExchangeBindException.class)
	ResponseEntity<ApiError> invalid(WebExchangeBindException ex) {
		var fieldError = ex.getFieldError();
		String field = (fieldError != null) ? fieldError.getField() : null;
		String message = (fieldError != null) ? field + " " + fieldError.getDefaultMessage() : "the request is invalid";
		return ResponseEntity.badRequest().body(new ApiError("BAD_USER_INPUT", message, field));
	}

	@ExceptionHandler(ServerWebInputException.class)
	ResponseEntity<ApiError> unreadable(ServerWebInputException ex) {
		return ResponseEntity.badRequest().body(new ApiError("BAD_USER_INPUT", "the request is malformed", null));
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ApiError> status(ResponseStatusException ex) {
		String code = (ex.getStatusCode().value() == 404) ? "NOT_FOUND" : "BAD_USER_INPUT";
		if (ex.getStatusCode().is5xxServerError()) {
			return internal(ex);
		}
		return ResponseEntity.status(ex.getStatusCode()).body(new ApiError(code, ex.getReason(), null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> internal(Exception ex) {
		log.error("request failed", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(new ApiError("INTERNAL", "internal error", null));
	}

}
