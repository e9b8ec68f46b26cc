package dev.huiju.bff.security;

import java.net.InetSocketAddress;
import java.util.function.Function;

import dev.huiju.clients.Requester;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
import reactor.util.context.Context;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Finds the {@link Caller} of the request a data fetcher or a batch loader serves. */
public final class Callers {

	/** The key under which {@link CallerInterceptor} puts the caller into the GraphQL context. */
	static final String KEY = Caller.class.getName();

	/** The key of the caller's {@link Requester}, their token to relay, in the GraphQL context. */
	static final String REQUESTER_KEY = Requester.class.getName();

	/** The key of the client's network address in the GraphQL context. */
	public static final String ADDRESS_KEY = "huiju.clientAddress";

	/** The key of the token's expiry ({@link java.time.Instant}) in the GraphQL context: a subscription ends with it. */
	public static final String EXPIRES_KEY = "huiju.tokenExpires";

	private Callers() {
	}

	public static Caller of(DataFetchingEnvironment env) {
		return of(env.getGraphQlContext());
	}

	/** The caller of the request whose loads make up this batch (loaders live one request long). */
	public static Caller of(BatchLoaderEnvironment env) {
		if (env.getContext() instanceof GraphQLContext context) {
			return of(context);
		}
		throw new AuthenticationCredentialsNotFoundException("no caller");
	}

	public static Caller of(GraphQLContext context) {
		Caller caller = context.get(KEY);
		if (caller == null) {
			throw new AuthenticationCredentialsNotFoundException("no caller");
		}
		return caller;
	}

	/**
	 * The Reactor context a loader's service call runs in: loaders run outside the request's reactive chain,
	 * so the caller goes with the call explicitly.
	 */
	public static Function<Context, Context> context(BatchLoaderEnvironment env) {
		Requester requester = (env.getContext() instanceof GraphQLContext context) ? context.get(REQUESTER_KEY) : null;
		if (requester == null) {
			throw new AuthenticationCredentialsNotFoundException("no caller");
		}
		return context -> context.put(Requester.class, requester);
	}

	/** A client's network address as the audit trail records it. */
	public static String addressOf(InetSocketAddress remote) {
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}


}
