package dev.huiju.documents.people;

import dev.huiju.documents.document.Classification;

/**
 * A person a document may be routed to (approver, recipient, delegate), as the directory says.
 *
 * @param id the login name
 * @param clearance the highest classification they may read
 */
public record Participant(String id, Classification clearance) {
}
