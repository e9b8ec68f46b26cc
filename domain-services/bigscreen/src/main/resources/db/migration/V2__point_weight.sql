-- What a member's value weighs in the city's average (the people waiting behind an average wait, the bookable
-- minutes behind a room ratio, the ratings behind a canteen's score); null where the indicator is not weighted.
ALTER TABLE point ADD COLUMN weight DOUBLE PRECISION;
