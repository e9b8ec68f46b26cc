/**
 * Per-user allowances for fields marked {@code @rateLimited}: in Redis, shared by every BFF instance, or in
 * process for the embedded default.
 */
package dev.huiju.bff.ratelimits;
