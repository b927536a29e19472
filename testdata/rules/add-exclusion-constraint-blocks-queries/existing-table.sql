-- config: dialect=postgresql version=15
-- setup: CREATE TABLE bookings (id bigint PRIMARY KEY, room int, during tsrange);
-- setup: INSERT INTO bookings SELECT g, g % 10, tsrange('2020-01-01'::timestamp + g * interval '1 day', '2020-01-01'::timestamp + (g + 1) * interval '1 day') FROM generate_series(1, 1000) g;

-- expect: add-exclusion-constraint-blocks-queries: exclusion constraint bookings_no_overlap on bookings
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&);

-- Other constraints have rules of their own (add-check-blocks-writes); NOT VALID makes this one cheap.
ALTER TABLE bookings ADD CONSTRAINT bookings_room_positive CHECK (room >= 0) NOT VALID;

-- A table created in this migration is empty: the constraint costs nothing.
CREATE TABLE reservations (id bigint PRIMARY KEY, during tsrange);

ALTER TABLE reservations ADD CONSTRAINT reservations_no_overlap EXCLUDE USING gist (during WITH &&);

CREATE TABLE holds (id bigint PRIMARY KEY, during tsrange, EXCLUDE USING gist (during WITH &&));
