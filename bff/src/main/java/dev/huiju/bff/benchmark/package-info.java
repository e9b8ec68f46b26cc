/** What the benchmark compares huiju with: the floor of any HTTP service on the same machine. */
package dev.huiju.bff.benchmark;
