package dev.huiju.bff.errors;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.huiju.clients.DomainRejection;
import dev.huiju.schema.generated.types.UserError;
import reactor.core.publisher.Mono;

/**
 * How every domain's mutation answers: the input becomes a call (or a {@link BadUserInput} before anything is
 * sent), the call goes to the service, and the payload carries either the result or the refusal as typed
 * {@code UserError}s, with nothing stored. A failure of the service stays an error of the field (UNAVAILABLE).
 */
public final class Changes {

	private Changes() {
	}

	/**
	 * @param call the input parsed into a call; throws {@link BadUserInput} for input that cannot be sent
	 * @param send sends a call to the service, unretried (the domain client's {@code change})
	 * @param done the payload of a change made
	 * @param refused the payload of a refusal
	 */
	public static <A, T, P> Mono<P> answer(Supplier<Function<A, Mono<T>>> call,
			Function<Function<A, Mono<T>>, Mono<T>> send, Function<T, P> done, Function<List<UserError>, P> refused) {
		Function<A, Mono<T>> built;
		try {
			built = call.get();
		}
		catch (BadUserInput bad) {
			return Mono.just(refused.apply(List.of(UserErrors.of(bad))));
		}
		return send.apply(built)
			.map(done)
			.onErrorResume(DomainRejection.class, r -> Mono.just(refused.apply(List.of(UserErrors.of(r)))));
	}

}
