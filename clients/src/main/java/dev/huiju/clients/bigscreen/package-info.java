/** The client of the big screen service: indicators now, their members, their history. */
package dev.huiju.clients.bigscreen;
