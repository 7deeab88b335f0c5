-- PostgreSQL's version of ../V4__minority_and_actions.sql, whose comments say what it is for:
-- the same schema, with TEXT for CHARACTER LARGE OBJECT, which PostgreSQL does not have.

ALTER TABLE conclusion ADD COLUMN minority TEXT NOT NULL DEFAULT '';
ALTER TABLE conclusion ADD COLUMN actions TEXT NOT NULL DEFAULT '';
