-- PostgreSQL's version of ../V2__item_kinds.sql, whose comments say what it is for:
-- the same schema, with TEXT for CHARACTER LARGE OBJECT, which PostgreSQL does not have.

ALTER TABLE session_item ADD COLUMN prompt VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE session_item ADD COLUMN options TEXT NOT NULL DEFAULT '';
ALTER TABLE session_item ADD COLUMN max_choices INT NOT NULL DEFAULT 0;
ALTER TABLE session_item ADD COLUMN points INT NOT NULL DEFAULT 0;

ALTER TABLE vote ADD COLUMN numbers VARCHAR(400);
