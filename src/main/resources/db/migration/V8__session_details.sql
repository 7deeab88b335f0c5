-- Beraad schema, version 8: the report's heading (body, place, chair, minute-taker) and anonymous
-- sessions, whose participants' names never reach a report or an export.

ALTER TABLE session ADD COLUMN body VARCHAR(800) NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN place VARCHAR(800) NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN facilitator VARCHAR(800) NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN secretary VARCHAR(800) NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN anonymous BOOLEAN NOT NULL DEFAULT FALSE;
