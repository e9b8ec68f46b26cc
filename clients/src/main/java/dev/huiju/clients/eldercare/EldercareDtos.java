package dev.huiju.clients.eldercare;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the elder care service answers and accepts. Enumerations travel as their names. */
public final class EldercareDtos {

	private EldercareDtos() {
	}

	/**
	 * A resident, ID number in clear as the service gives it to a supervisor of their region; the BFF's rules for
	 * personal data decide what reaches the caller. {@code regionPath} is what those rules read.
	 */
	public record ResidentDto(long id, String name, String idNumber, LocalDate birthDate, String districtId,
			String streetId, String phone, String address, int careLevel, String status) {

		public String regionPath() {
			return "city/" + this.districtId + "/" + this.streetId;
		}

	}

	public record StatusChangeDto(String from, String to, String reason, String attachmentRef, String changedBy,
			OffsetDateTime changedAt) {
	}

	public record DecisionDto(String tier, boolean approve, String reviewerId, String opinion, OffsetDateTime decidedAt) {
	}

	public record ApplicationDto(long id, long residentId, String kind, String districtId, String streetId, String status,
			String appliedBy, OffsetDateTime createdAt, List<DecisionDto> decisions) {
	}

	public record InstitutionDto(long id, String name, String districtId, String streetId, int beds, int subsidisedBeds,
			long occupied, long waiting, String creditRating, String admits) {
	}

	public record WaitingDto(long residentId, int position, OffsetDateTime joinedAt) {
	}

	public record AlertDto(long id, long institutionId, String districtId, String streetId, String light, String rule,
			OffsetDateTime raisedAt, OffsetDateTime closedAt, String closedBy, Long minutesToClose) {
	}

	public record DistrictLightsDto(String districtId, long openRed, long openYellow) {
	}

	public record DistrictDayDto(String districtId, LocalDate day, long submitted, long approved, long rejected) {
	}

	public record DistrictNowDto(String districtId, long activeResidents, long beds, long occupied, long waiting,
			Double averageWaitingDays, long openRed, long openYellow) {
	}

	public record IdNumberSearch(String idNumber) {
	}

	public record Registration(String name, String idNumber, LocalDate birthDate, String streetId, String phone,
			String address, Integer careLevel) {
	}

	public record StatusChange(String status, String reason, String attachmentRef) {
	}

	public record Submission(Long residentId, String kind) {
	}

	public record Decision(Boolean approve, String opinion) {
	}

	public record ResidentRef(Long residentId) {
	}

}
