/** Every domain service is an OAuth2 resource server: the acting user comes from a verified token, never a header. */
package dev.huiju.service.support.security;
