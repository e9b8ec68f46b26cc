/** Per-channel policies: depth, cost, page size, safelisted operations and the classification ceiling. */
package dev.huiju.bff.channels;
