/** The development authorization server: the four channel clients and demo users, for local runs only. */
package dev.huiju.authserver;
