-- Each row's hash is now an HMAC-SM3 under a key the database does not hold; the row names its key, so keys
-- can be rotated while older rows still verify.
ALTER TABLE audit_event ADD COLUMN key_id VARCHAR(32);
