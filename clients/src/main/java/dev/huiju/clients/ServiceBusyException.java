package dev.huiju.clients;

/**
 * The BFF did not call the service: its calls in flight were at their limit and the line behind them was full
 * or too slow. Says nothing of the service's health, so no breaker counts it and no retry follows it.
 */
public class ServiceBusyException extends ServiceUnavailableException {

	public ServiceBusyException(String service, Throwable cause) {
		super(service, cause);
	}

}
