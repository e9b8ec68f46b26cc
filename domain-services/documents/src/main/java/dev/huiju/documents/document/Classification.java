package dev.huiju.documents.document;

/** Classification levels, in increasing order of secrecy. */
public enum Classification {

	PUBLIC, INTERNAL, SECRET, CONFIDENTIAL

}
