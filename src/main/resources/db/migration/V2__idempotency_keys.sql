-- Idempotency-Key (issue 10): a retry of a creation, a join or a submission gets the first answer instead of storing
-- twice. The answer is written in the same transaction as what it answers, so a kill -9 leaves both or neither.
-- Plain SQL that both H2 2.x and PostgreSQL 15 accept, like V1.

CREATE TABLE idempotency_key (
    -- HMAC-SHA-256, hex, of who sent the key to which endpoint, keyed by the client's key: the key is never stored.
    lookup       CHAR(64)    PRIMARY KEY,
    -- HMAC-SHA-256 of the canonical request under the key: the same key with another request is refused (422).
    fingerprint  CHAR(64)    NOT NULL,
    -- The workshop the answer belongs to: deleting or purging it deletes its keys. NULL until a creation names it.
    workshop_id  VARCHAR(36) REFERENCES workshop (id) ON DELETE CASCADE,
    -- The running request that holds the key, until when; a request cut off by a crash lets it go at that time.
    attempt      VARCHAR(36) NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    -- The first answer, NULL while it runs: its status, and its headers and body sealed with AES-GCM under a key
    -- derived from the client's key (the answers hold trainer and participant tokens, otherwise stored as hashes).
    status       INTEGER,
    answer       TEXT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idempotency_key_expires_at ON idempotency_key (expires_at);
CREATE INDEX idempotency_key_workshop ON idempotency_key (workshop_id);
