/** Who may read and change elder care: supervisors of a region, and machines or leaders for figures only. */
package dev.huiju.eldercare.access;
