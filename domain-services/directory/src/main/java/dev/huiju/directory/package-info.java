/** The directory service: the business base layer that every domain refers to. */
package dev.huiju.directory;
