/** Meetings as they are read: by ids, a person's schedule, the invitations waiting for a reply. */
package dev.huiju.meetings.meeting;
