-- Beraad schema, version 15: a session's hash-chained log (issue 15). Every stored action also
-- appends an entry here, in the same transaction: the facts it recorded as text, the text's
-- SHA-256, and a hash over the previous entry's hash, the entry's number, its action, its item
-- and the text's hash. The session row keeps the number and hash of its last entry, so that an
-- entry cut off the end is noticed too, and so that appends by two processes queue on that row.
CREATE TABLE session_log (
    session_id      BIGINT        NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    seq             INT           NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    item_no         INT,
    content         CHARACTER LARGE OBJECT NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    redacted        BOOLEAN       DEFAULT FALSE NOT NULL,
    PRIMARY KEY (session_id, seq)
);

ALTER TABLE session ADD COLUMN log_count INT DEFAULT 0 NOT NULL;

ALTER TABLE session ADD COLUMN log_head VARCHAR(64) DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL;

-- The signature over the log when the session was finished: the number of entries and the head
-- then, signed with the Ed25519 key of the installation that finished it (its public key kept
-- here, so that a signature made elsewhere can still be told apart).
CREATE TABLE session_seal (
    session_id      BIGINT        NOT NULL PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    log_count       INT           NOT NULL,
    log_head        VARCHAR(64)   NOT NULL,
    public_key      VARCHAR(200)  NOT NULL,
    signature       VARCHAR(200)  NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
