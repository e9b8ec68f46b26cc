/** The client of the directory service: people, departments and regions in batches. */
package dev.huiju.clients.directory;
