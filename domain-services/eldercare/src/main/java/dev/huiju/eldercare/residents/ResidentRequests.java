package dev.huiju.eldercare.residents;

import java.time.LocalDate;

/** What the residents' endpoints accept. */
public final class ResidentRequests {

	private ResidentRequests() {
	}

	/** A resident registered by a supervisor of their street. */
	public record Register(String name, String idNumber, LocalDate birthDate, String streetId, String phone,
			String address, Integer careLevel) {
	}

	/** A change of status, with its reason and the reference of its supporting document. */
	public record ChangeStatus(ResidentStatus status, String reason, String attachmentRef) {
	}

}
