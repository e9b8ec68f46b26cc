package dev.huiju.dining.canteens;

/** A staff canteen of an agency, or a community elder canteen (长者食堂) of a street. */
public enum CanteenKind {
	STAFF, COMMUNITY
}
