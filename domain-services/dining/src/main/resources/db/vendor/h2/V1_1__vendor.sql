-- H2 has no partial unique index (nor text CHECKs, see V1); on the embedded default every reservation first takes its canteen's row
-- lock and checks the diner's live reservations of the meal under it.
SELECT 1;
