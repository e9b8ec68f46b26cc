package dev.huiju.eldercare.statistics;

/** One district as it stands: active residents, beds of its institutions and those taken, waiting, open lights. */
public record DistrictNow(String districtId, long activeResidents, long beds, long occupied, long waiting,
		long openRed, long openYellow) {
}
