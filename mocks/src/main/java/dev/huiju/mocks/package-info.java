/** WireMock stand-ins for the domain services, recorded from the real ones and checked against them. */
package dev.huiju.mocks;
