package dev.huiju.bff.errors;

import java.util.List;

import dev.huiju.clients.DomainRejection;
import dev.huiju.schema.generated.types.ErrorCode;
import dev.huiju.schema.generated.types.UserError;

/** A service's refusal of a change, as the typed error a mutation payload carries. */
public final class UserErrors {

	private UserErrors() {
	}

	/** Input the BFF refused itself, before any call. */
	public static UserError of(BadUserInput bad) {
		return UserError.newBuilder()
			.code(ErrorCode.BAD_USER_INPUT)
			.message(bad.getMessage())
			.field((bad.field() != null) ? List.of(bad.field()) : null)
			.build();
	}

	public static UserError of(DomainRejection rejection) {
		return UserError.newBuilder()
			.code(GraphQlErrors.codeOf(rejection.code()))
			.message(rejection.getMessage())
			.field((rejection.field() != null) ? List.of(rejection.field()) : null)
			.reason(rejection.reason())
			.build();
	}

}
