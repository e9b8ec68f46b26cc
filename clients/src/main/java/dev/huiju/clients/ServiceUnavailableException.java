package dev.huiju.clients;

/** A domain service could not answer: down, too slow, failing, or cut off by its circuit breaker. */
public class ServiceUnavailableException extends RuntimeException {

	private final String service;

	public ServiceUnavailableException(String service, Throwable cause) {
		super(service + " is unavailable", cause);
		this.service = service;
	}

	public String service() {
		return this.service;
	}

}
