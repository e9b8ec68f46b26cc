/** The approval flow: ordered steps, decisions with opinions, and delegation of the right to decide. */
package dev.huiju.documents.approval;
