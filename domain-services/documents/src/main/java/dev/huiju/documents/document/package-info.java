/** Documents as stored and read: the entity, its view, lookups, search, to-do and overdue lists. */
package dev.huiju.documents.document;
