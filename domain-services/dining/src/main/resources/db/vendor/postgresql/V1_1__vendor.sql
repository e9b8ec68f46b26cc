-- A live reservation is marked live, a cancelled one not, whatever path writes (the unique key of V1 counts on it).
ALTER TABLE reservation ADD CONSTRAINT reservation_live_when_booked
    CHECK ((status = 'BOOKED' AND live) OR (status = 'CANCELLED' AND live IS NULL));

-- The closed sets of values of text columns (H2 keeps these in the service's enums only).
ALTER TABLE canteen ADD CONSTRAINT canteen_kind_known CHECK (kind IN ('STAFF', 'COMMUNITY'));
ALTER TABLE canteen ADD CONSTRAINT canteen_licence_status_known CHECK (licence_status IN ('VALID', 'SUSPENDED', 'EXPIRED'));
ALTER TABLE menu ADD CONSTRAINT menu_meal_known CHECK (meal IN ('BREAKFAST', 'LUNCH', 'DINNER'));
ALTER TABLE menu ADD CONSTRAINT menu_status_known CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED'));
ALTER TABLE subsidy ADD CONSTRAINT subsidy_status_known CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED'));
ALTER TABLE reservation ADD CONSTRAINT reservation_status_known CHECK (status IN ('BOOKED', 'CANCELLED'));
ALTER TABLE delivery_change ADD CONSTRAINT delivery_change_kind_known CHECK (kind IN ('PAUSE', 'RESUME', 'STOP'));
ALTER TABLE rating ADD CONSTRAINT rating_visibility_known CHECK (visibility IN ('NORMAL', 'FEATURED', 'HIDDEN'));
