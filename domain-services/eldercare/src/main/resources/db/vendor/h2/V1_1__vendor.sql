-- Nothing only H2 can say. (Text CHECKs, which H2 2.4 cannot evaluate from another session, are in
-- db/vendor/postgresql only.)
SELECT 1;
