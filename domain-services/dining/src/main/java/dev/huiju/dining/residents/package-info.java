/** Elder-care residents who are also diners: their meal subsidies and reservations, for civil-affairs accounts. */
package dev.huiju.dining.residents;
