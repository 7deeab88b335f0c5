-- Beraad schema, version 13: a session's identity across databases (issue 14). The id is a number
-- this database gave; uid is given once, when the session is made, and travels with it: an export
-- imported elsewhere, or a laptop's sessions copied into the organisation's database, keep it, so
-- the same session imported twice is recognised instead of stored twice.
ALTER TABLE session ADD COLUMN uid VARCHAR(36);

-- Sessions made before this version get one now (RANDOM_UUID() is H2's name; Dialect gives PostgreSQL's).
UPDATE session SET uid = CAST(RANDOM_UUID() AS VARCHAR(36)) WHERE uid IS NULL;

ALTER TABLE session ALTER COLUMN uid SET NOT NULL;

ALTER TABLE session ADD CONSTRAINT session_uid_unique UNIQUE (uid);
