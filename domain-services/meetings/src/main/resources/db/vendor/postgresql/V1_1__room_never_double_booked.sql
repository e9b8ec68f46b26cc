-- A room is never booked twice for overlapping times, whichever instance or path writes: two meetings of
-- one room (the one-point range of its id) whose time ranges overlap cannot both be live. Ranges are
-- half-open, so a meeting may start when the one before it ends. A range over the id instead of the id
-- itself keeps this to built-in operator classes (no btree_gist extension to install).
ALTER TABLE meeting ADD CONSTRAINT meeting_room_never_double_booked
    EXCLUDE USING gist (int8range(room_id, room_id, '[]') WITH &&, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status <> 'CANCELLED');
