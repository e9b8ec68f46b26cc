package dev.huiju.documents.document;

/**
 * How much of each document a list answers. {@code SUMMARY} leaves out the text, the approval trail and the
 * recipients (they come back as null, not as empty): a list screen that shows titles and dates costs one query
 * instead of three and a fifth of the bytes. {@code FULL}, the default, answers everything.
 */
public enum ListView {

	FULL, SUMMARY

}
