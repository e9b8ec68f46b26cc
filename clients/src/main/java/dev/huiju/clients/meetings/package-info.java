/** The meetings service's client: rooms, meetings, schedules, invitations, utilisation, and their changes. */
package dev.huiju.clients.meetings;
