-- H2 has no exclusion constraint. On the embedded default, one process owns the database and every booking
-- of a room first takes the room's row lock (SELECT ... FOR UPDATE), then checks for overlaps: bookings of
-- one room are serialised, and the check sees every booking committed before it.
SELECT 1;
