/** What a huiju access token says, the key that signs it, and the development token endpoint. */
package dev.huiju.authserver.tokens;
