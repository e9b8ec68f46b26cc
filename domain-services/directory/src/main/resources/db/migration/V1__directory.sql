-- Written to run unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
CREATE TABLE region (
    id        VARCHAR(64) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    level     VARCHAR(16) NOT NULL CHECK (level IN ('CITY', 'DISTRICT', 'STREET')),
    parent_id VARCHAR(64) REFERENCES region (id)
);

CREATE TABLE department (
    id        VARCHAR(64) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    region_id VARCHAR(64) NOT NULL REFERENCES region (id),
    parent_id VARCHAR(64) REFERENCES department (id)
);

CREATE TABLE person (
    id            VARCHAR(64) PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    staff_no      VARCHAR(32),
    title         VARCHAR(100),
    department_id VARCHAR(64) REFERENCES department (id),
    region_id     VARCHAR(64) NOT NULL REFERENCES region (id),
    phone         VARCHAR(32)
);

CREATE INDEX person_department ON person (department_id);
CREATE INDEX region_parent ON region (parent_id);
