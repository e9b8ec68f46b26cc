/** The people a document is routed to, as the directory knows them: who exists, and up to which level they may read. */
package dev.huiju.documents.people;
