/** Elder care in the graph: residents, applications, institutions, alerts, figures, and the reviewers' to-do. */
package dev.huiju.bff.eldercare;
