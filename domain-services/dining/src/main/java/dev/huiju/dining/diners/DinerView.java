package dev.huiju.dining.diners;

/** A registered diner: where they live decides their street, their district's subsidy policy, their delivery. */
public record DinerView(String id, String name, String districtId, String streetId, String address, String phone) {
}
