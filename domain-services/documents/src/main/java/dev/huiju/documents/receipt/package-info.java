/** Delivery of issued and incoming documents to recipients, and their read marks. */
package dev.huiju.documents.receipt;
