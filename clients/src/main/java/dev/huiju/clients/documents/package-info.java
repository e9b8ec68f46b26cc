/** The client of the documents service: reads in batches and every lifecycle change. */
package dev.huiju.clients.documents;
