/** The watermark on every response: who is looking, on which terminal, signed with HMAC-SM3. */
package dev.huiju.bff.watermark;
