/** Region scoping, the same in every service: a street, district or city account sees its region's rows only. */
package dev.huiju.service.support.regions;
