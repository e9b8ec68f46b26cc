/** How the clients read the domain services' JSON where Jackson's defaults cost too much on the hot path. */
package dev.huiju.clients.json;
