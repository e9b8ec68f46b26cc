/** The elder care service's client: residents, applications, institutions, alerts, figures. */
package dev.huiju.clients.eldercare;
