/** What a domain service asks the directory about people, on its caller's behalf. */
package dev.huiju.service.support.people;
