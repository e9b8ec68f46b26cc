/** Figures of documents for the big screen: counts per department, never a document or a person. */
package dev.huiju.documents.statistics;
