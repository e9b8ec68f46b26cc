/** How failures reach the client: typed codes, a correlation id, and no technical detail. */
package dev.huiju.bff.errors;
