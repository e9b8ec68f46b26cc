/** What a verified access token says about its bearer, read the same way by the BFF and every domain service. */
package dev.huiju.access;
