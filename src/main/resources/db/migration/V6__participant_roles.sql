-- Beraad schema, version 6: observers (toehoorders: present, no vote) and absent members.

ALTER TABLE participant ADD COLUMN observer BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE participant ADD COLUMN present BOOLEAN NOT NULL DEFAULT TRUE;
