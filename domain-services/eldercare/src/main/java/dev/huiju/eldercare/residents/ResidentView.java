package dev.huiju.eldercare.residents;

import java.time.LocalDate;

/**
 * A resident as a supervisor of their region reads them, ID number in clear: the BFF masks what a caller may not
 * see. {@code regionPath} ("city/d-east/s-riverside") is what its rules for personal data read.
 */
public record ResidentView(long id, String name, String idNumber, LocalDate birthDate, String districtId,
		String streetId, String phone, String address, int careLevel, ResidentStatus status) {

	public String regionPath() {
		return "city/" + this.districtId + "/" + this.streetId;
	}

}
