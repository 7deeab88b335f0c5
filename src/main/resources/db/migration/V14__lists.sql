-- Beraad schema, version 14: lists kept as lists (issue 14). Until now an item's questions,
-- attention points and options were joined into one text by line breaks, a position's numbers by
-- commas, and a conclusion's action points were one text of lines. Each becomes an SQL array, in
-- its order: the standard spelling that H2 and PostgreSQL both read, so the schema stays one.
--
-- The joined columns are renamed aside (..._joined) and the arrays take their names. Splitting the
-- old texts is not done here: H2 has no function that splits a text into an array, and a split
-- spelled twice could part from the way Beraad read the texts. JoinedLists, run by Migrations
-- right after this script and in its transaction, splits every row as the older Beraad read it,
-- then drops the joined columns and makes the arrays NOT NULL.
--
-- A list element's longest text: an item's question, attention point or option has no limit of
-- its own (the set file's size is its limit), so it gets the longest VARCHAR that H2 allows; an
-- action line is at most a whole conclusion text (8000).

ALTER TABLE session_item RENAME COLUMN questions TO questions_joined;
ALTER TABLE session_item ADD COLUMN questions VARCHAR(1000000) ARRAY;
ALTER TABLE session_item RENAME COLUMN attention TO attention_joined;
ALTER TABLE session_item ADD COLUMN attention VARCHAR(1000000) ARRAY;
ALTER TABLE session_item RENAME COLUMN options TO options_joined;
ALTER TABLE session_item ADD COLUMN options VARCHAR(1000000) ARRAY;

-- A position's numbers (chosen options, points per option, or a ranking); empty for a step of a scale.
ALTER TABLE vote RENAME COLUMN numbers TO numbers_joined;
ALTER TABLE vote ADD COLUMN numbers INTEGER ARRAY;

-- The lines of the action points as written, blank lines included.
ALTER TABLE conclusion RENAME COLUMN actions TO actions_joined;
ALTER TABLE conclusion ADD COLUMN actions VARCHAR(8000) ARRAY;
