-- Beraad schema, version 2: the item kinds beside the dilemma (stelling, keuze, verdeling,
-- rangorde, vraag). Answers to an open question are stored as arguments without a side.

-- The statement of a stelling, or the question of a vraag.
ALTER TABLE session_item ADD COLUMN prompt VARCHAR(1000) NOT NULL DEFAULT '';
-- The options of a keuze, verdeling or rangorde, one per line, in the set's order.
ALTER TABLE session_item ADD COLUMN options CHARACTER LARGE OBJECT NOT NULL DEFAULT '';
-- keuze: how many options a member may choose; verdeling: the points each member divides.
ALTER TABLE session_item ADD COLUMN max_choices INT NOT NULL DEFAULT 0;
ALTER TABLE session_item ADD COLUMN points INT NOT NULL DEFAULT 0;

-- On an item with options, position is 1 (0 still means abstaining) and numbers holds the response,
-- comma-separated: the chosen option numbers (keuze), the points per option in option order
-- (verdeling), or the option numbers best first (rangorde).
ALTER TABLE vote ADD COLUMN numbers VARCHAR(400);
