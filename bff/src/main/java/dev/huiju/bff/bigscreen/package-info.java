/** The leaders' cockpit in the graph: indicators, their breakdowns and top lists, their history. */
package dev.huiju.bff.bigscreen;
