package dev.huiju.documents.document;

/** How fast a document must be handled. */
public enum Urgency {

	NORMAL, URGENT, VERY_URGENT

}
