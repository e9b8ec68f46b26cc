/** SM4-GCM sealing, shared by what the BFF keeps sealed: user references in watermarks, cached entries in Redis. */
package dev.huiju.clients.crypto;
