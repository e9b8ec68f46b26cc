/** The demo users, one for each role, and the claims every token of theirs carries. */
package dev.huiju.authserver.users;
