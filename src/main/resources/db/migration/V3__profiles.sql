-- Calibration profiles (issue 13): what an audit learned from one account's own numbers, stored on request so that
-- the editor and API requests can name it by its id. Plain SQL that both H2 2.x and PostgreSQL 15 accept, like V1.

CREATE TABLE calibration_profile (
    -- 128 random bits in base32: knowing the id is the right to read, use and delete it; no list is ever offered.
    id          VARCHAR(26) PRIMARY KEY,
    -- The profile as ProfileWriter writes it in JSON, validated before it is stored.
    body        TEXT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
