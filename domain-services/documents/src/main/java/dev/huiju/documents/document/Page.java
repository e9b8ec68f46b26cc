package dev.huiju.documents.document;

import java.util.List;

/**
 * One page of a list, newest first. {@code nextCursor} is the id to pass as {@code after} for the next
 * page, absent on the last page.
 */
public record Page<T>(List<T> items, String nextCursor) {
}
