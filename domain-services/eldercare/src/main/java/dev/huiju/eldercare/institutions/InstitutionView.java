package dev.huiju.eldercare.institutions;

/** An institution with its beds taken and the length of its waiting list. No person is named here. */
public record InstitutionView(long id, String name, String districtId, String streetId, int beds, int subsidisedBeds,
		long occupied, long waiting, String creditRating, String admits) {
}
