/** What every domain service shares: the error body, typed domain errors, test database reset. */
package dev.huiju.service.support;
