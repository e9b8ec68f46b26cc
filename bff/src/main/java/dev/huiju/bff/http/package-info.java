/**
 * What {@code /graphql} accepts over HTTP, and the GraphQL-shaped answer to everything it does not: one JSON
 * object per POST, of a bounded size, read once and handed to the filters and the handler after it.
 */
package dev.huiju.bff.http;
