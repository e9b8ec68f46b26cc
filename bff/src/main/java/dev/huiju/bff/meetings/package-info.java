/**
 * Meetings in the graph: thin fetchers over the meetings service, with loaders so that a list of meetings
 * costs a constant number of calls per service, and the fields that reach into the directory (people) and
 * the documents service (materials, shown only to who may read them).
 */
package dev.huiju.bff.meetings;
