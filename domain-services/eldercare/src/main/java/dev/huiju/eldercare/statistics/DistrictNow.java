package dev.huiju.eldercare.statistics;

/**
 * One district as it stands: active residents, beds of its institutions and those taken, residents waiting and how
 * long on average (days, null when nobody waits), open lights.
 */
public record DistrictNow(String districtId, long activeResidents, long beds, long occupied, long waiting,
		Double averageWaitingDays, long openRed, long openYellow) {
}
