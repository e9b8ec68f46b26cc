/**
 * The leaders' cockpit's data: indicators of every domain, gathered from the domains' statistics endpoints by
 * configuration ({@code huiju.bigscreen.sources}), kept as time series, read as current values, breakdowns, top
 * lists and history.
 */
package dev.huiju.bigscreen;
