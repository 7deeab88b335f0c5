-- Beraad schema, version 16: how a session keeps its members' names (issue 15, AVG): NAMED,
-- UNTIL_FINAL (names replaced by "Deelnemer n" when the session is finished) or ANONYMOUS (no
-- name is ever stored). It replaces the boolean anonymous, which is left in place, unused.
ALTER TABLE session ADD COLUMN name_keeping VARCHAR(20) DEFAULT 'NAMED' NOT NULL;

UPDATE session SET name_keeping = 'ANONYMOUS' WHERE anonymous = TRUE;

-- An anonymous session of an older Beraad kept its members' names and only left them out of its
-- reports. Anonymous now means no name stored: each member becomes "Deelnemer n", n the number the
-- reports already gave them (their place in the list). In two steps, so that no two members of a
-- session share a name key between them ('#n' cannot be a typed name's key: a name needs a letter).
UPDATE participant SET name_key = '#' || CAST(seq AS VARCHAR(11))
    WHERE session_id IN (SELECT id FROM session WHERE name_keeping = 'ANONYMOUS');

UPDATE participant SET name = 'Deelnemer ' || CAST(seq AS VARCHAR(11)), name_key = 'deelnemer ' || CAST(seq AS VARCHAR(11))
    WHERE session_id IN (SELECT id FROM session WHERE name_keeping = 'ANONYMOUS');
