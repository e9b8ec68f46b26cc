-- The closed sets of values of text columns (H2 keeps these in the service's enums only).
ALTER TABLE resident ADD CONSTRAINT resident_status_known CHECK (status IN ('ACTIVE', 'DECEASED_PENDING', 'DECEASED', 'MOVED_OUT'));
ALTER TABLE application ADD CONSTRAINT application_kind_known CHECK (kind IN ('OLD_AGE_ALLOWANCE', 'MEAL_SUBSIDY', 'FAMILY_CARE_BED'));
ALTER TABLE application ADD CONSTRAINT application_status_known CHECK (status IN ('SUBMITTED', 'STREET_APPROVED', 'APPROVED', 'REJECTED'));
ALTER TABLE application_decision ADD CONSTRAINT application_decision_tier_known CHECK (tier IN ('STREET', 'DISTRICT'));
ALTER TABLE institution ADD CONSTRAINT institution_credit_rating_known CHECK (credit_rating IN ('A', 'B', 'C', 'D'));
ALTER TABLE institution ADD CONSTRAINT institution_admits_known CHECK (admits IN ('CITY', 'DISTRICT', 'STREET'));
ALTER TABLE alert ADD CONSTRAINT alert_light_known CHECK (light IN ('RED', 'YELLOW'));
