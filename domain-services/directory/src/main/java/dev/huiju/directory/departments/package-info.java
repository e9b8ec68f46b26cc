/** Departments of the organisation, each in a region. */
package dev.huiju.directory.departments;
