/** The four channel clients: public clients of the authorization code flow with PKCE. */
package dev.huiju.authserver.clients;
