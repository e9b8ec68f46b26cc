/** Token contents and the development token endpoint. */
package dev.huiju.authserver.tokens;
