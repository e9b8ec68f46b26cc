-- The elder-care resident a diner is, when the street office registered them in both: civil-affairs accounts
-- read a resident's meal subsidies and reservations beside their elder-care record. At most one diner each.
ALTER TABLE diner ADD COLUMN resident_id BIGINT;
CREATE UNIQUE INDEX diner_resident ON diner (resident_id);
