/**
 * The national algorithms as huiju uses them: SM4-GCM sealing (watermarks' user references, cached entries in Redis,
 * ID numbers at rest), keys derived by HKDF-SM3 from configured secrets, HMAC-SM3.
 */
package dev.huiju.crypto;
