/** The documents service: official documents from draft to archive. */
package dev.huiju.documents;
