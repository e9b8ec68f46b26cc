package dev.huiju.dining.menus;

/** A street account's decision on a menu or a subsidy: approve, or reject with an opinion. */
public record ReviewRequest(Boolean approve, String opinion) {
}
