package dev.huiju.eldercare.alerts;

/** One district's open lights. */
public record DistrictLights(String districtId, long openRed, long openYellow) {
}
