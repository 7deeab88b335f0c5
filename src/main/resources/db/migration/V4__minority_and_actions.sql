-- Beraad schema, version 4: beside the conclusion or advice, the minority position and the action
-- points of an item (one per line). The conclusion text itself may now be empty while it is written.

ALTER TABLE conclusion ADD COLUMN minority CHARACTER LARGE OBJECT NOT NULL DEFAULT '';
ALTER TABLE conclusion ADD COLUMN actions CHARACTER LARGE OBJECT NOT NULL DEFAULT '';
