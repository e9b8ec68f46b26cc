/** Applications (old-age allowance, meal subsidy, family care bed), decided by the street, then the district. */
package dev.huiju.eldercare.applications;
