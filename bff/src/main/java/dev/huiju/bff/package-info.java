/** The huiju BFF: one GraphQL endpoint over the domain services, for every channel. */
package dev.huiju.bff;
