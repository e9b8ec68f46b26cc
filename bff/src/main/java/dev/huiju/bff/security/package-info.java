/** Who is calling: token verification, the caller model, and the answer to a missing or bad token. */
package dev.huiju.bff.security;
