/** The local all-in-one stack: starts each service as a process of its own and waits until all are up. */
package dev.huiju.stack;
