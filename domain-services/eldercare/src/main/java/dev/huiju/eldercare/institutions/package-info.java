/** Institutions: beds, credit ratings, who they admit, waiting lists (轮候) and admissions that never overfill them. */
package dev.huiju.eldercare.institutions;
