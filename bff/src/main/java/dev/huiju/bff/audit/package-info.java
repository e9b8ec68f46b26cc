/**
 * The audit trail: an event for every operation and every refused token, appended off the request path to a
 * hash-chained table (SM3), spooled to a local file while the database is away, and verifiable end to end.
 */
package dev.huiju.bff.audit;
