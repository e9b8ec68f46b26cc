/** Residents: who they are, where they live, their care level and status, and every change of it. */
package dev.huiju.eldercare.residents;
