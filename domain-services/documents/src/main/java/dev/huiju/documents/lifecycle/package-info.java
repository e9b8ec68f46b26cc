/** Every change of a document: draft, edit with revisions, submit, decide, withdraw, issue, receive, archive. */
package dev.huiju.documents.lifecycle;
