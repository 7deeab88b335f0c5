-- Beraad schema, version 7: the newest sessions found fast among thousands.
-- The home page and 'resume' without a number ask for the newest sessions; this index keeps that
-- as fast in a database of thousands of sessions as in an empty one.

CREATE INDEX session_by_created ON session (created_at DESC, id DESC);
