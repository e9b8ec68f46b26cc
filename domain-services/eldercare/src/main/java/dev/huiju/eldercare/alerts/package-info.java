/** Supervision alerts: red and yellow lights on institutions, open until closed, with the time they took. */
package dev.huiju.eldercare.alerts;
