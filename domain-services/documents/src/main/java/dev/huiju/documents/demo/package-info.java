/** Demo documents for the local stack, made through the real lifecycle so every state is consistent. */
package dev.huiju.documents.demo;
