/** Demo data for the local stack: residents across the demo streets, institutions, applications, alerts. */
package dev.huiju.eldercare.demo;
