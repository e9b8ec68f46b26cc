package dev.huiju.documents.document;

/** What a document is. */
public enum DocumentKind {

	OUTGOING, INCOMING, BRIEFING, MEMO

}
