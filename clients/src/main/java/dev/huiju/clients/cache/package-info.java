/**
 * The reference-data cache: hot lookups (people, departments, each domain's reference data) kept in Redis or in
 * process with a time to live, served stale when their service fails, evicted when the BFF changes them.
 */
package dev.huiju.clients.cache;
