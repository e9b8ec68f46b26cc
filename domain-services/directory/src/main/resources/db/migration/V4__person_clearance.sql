-- The highest classification a person may read, which the documents service checks before it routes a document
-- to someone (approver, recipient): public < internal < secret < confidential. A person without a recorded
-- clearance reads public documents only; staff start at INTERNAL. The demo people's own levels are in db/demo.
-- (No CHECK constraint: H2 cannot evaluate one added to an existing table; a reader takes an unknown value as PUBLIC.)
ALTER TABLE person ADD COLUMN clearance VARCHAR(16) DEFAULT 'PUBLIC' NOT NULL;

UPDATE person SET clearance = 'INTERNAL' WHERE staff_no IS NOT NULL;
