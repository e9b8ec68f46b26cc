package dev.huiju.dining.menus;

/** Where a menu is in its review; diners see only approved menus. */
public enum MenuStatus {
	SUBMITTED, APPROVED, REJECTED
}
