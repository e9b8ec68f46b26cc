/** Documents: queries, connections, the lifecycle mutations and the fields that join other domains. */
package dev.huiju.bff.documents;
