/** Gathering: one statistics call per source and tick, its rows turned into points by configuration. */
package dev.huiju.bigscreen.gathering;
