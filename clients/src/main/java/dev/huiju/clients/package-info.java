/** Reactive clients of the domain services and the resilience every call goes through. */
package dev.huiju.clients;
