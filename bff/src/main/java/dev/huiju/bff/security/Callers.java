package dev.huiju.bff.security;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Finds the {@link Caller} of the request a data fetcher serves. */
public final class Callers {

	/** The key under which {@link CallerInterceptor} puts the caller into the GraphQL context. */
	static final String KEY = Caller.class.getName();

	private Callers() {
	}

	public static Caller of(DataFetchingEnvironment env) {
		Caller caller = env.getGraphQlContext().get(KEY);
		if (caller == null) {
			throw new AuthenticationCredentialsNotFoundException("no caller");
		}
		return caller;
	}

}
