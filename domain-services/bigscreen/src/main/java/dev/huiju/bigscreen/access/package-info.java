/** Who reads the cockpit: leaders on any channel and machines with {@code statistics:read}. */
package dev.huiju.bigscreen.access;
