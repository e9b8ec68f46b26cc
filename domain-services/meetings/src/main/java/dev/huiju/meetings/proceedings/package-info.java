/** What happens in a meeting once it has started: votes on agenda items, and the minutes. */
package dev.huiju.meetings.proceedings;
