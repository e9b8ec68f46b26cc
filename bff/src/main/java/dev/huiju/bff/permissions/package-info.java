/**
 * Field permissions, enforced in one place for every domain from the schema's directives: {@code @auth},
 * {@code @channels}, {@code @classified}, {@code @sensitive} and {@code @public}.
 */
package dev.huiju.bff.permissions;
