/** GraphiQL, served with its assets by the BFF itself. */
package dev.huiju.bff.graphiql;
