/** The demo users, one or more for each role, and their login accounts. */
package dev.huiju.authserver.users;
