/** Reading indicators: current values with their staleness, breakdowns by member, top lists, history. */
package dev.huiju.bigscreen.indicators;
