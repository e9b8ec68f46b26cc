-- The resident ID number (masked by the BFF unless the reader may see it), and the materialized path of the
-- person's region from the city down ('city/d-east/s-riverside'), so that "is this person inside my region"
-- is answered from the person alone.
ALTER TABLE person ADD COLUMN id_number VARCHAR(18);
ALTER TABLE person ADD COLUMN region_path VARCHAR(200);

UPDATE person SET region_path = (
    SELECT CASE
        WHEN r.parent_id IS NULL THEN r.id
        WHEN p.parent_id IS NULL THEN p.id || '/' || r.id
        ELSE p.parent_id || '/' || p.id || '/' || r.id
    END
    FROM region r LEFT JOIN region p ON p.id = r.parent_id
    WHERE r.id = person.region_id);

ALTER TABLE person ALTER COLUMN region_path SET NOT NULL;
