-- Beraad schema, version 3: positions taken by a show of hands. The facilitator counts the hands
-- per position; no name is attached to them, so they are kept apart from the votes.

CREATE TABLE hand_count (
    session_id      BIGINT        NOT NULL,
    item_no         INT           NOT NULL,
    round           INT           NOT NULL,
    -- The step of the scale (dilemma, stelling) or the option number (keuze); 0 counts abstentions.
    position        INT           NOT NULL CHECK (position >= 0),
    hands           INT           NOT NULL CHECK (hands >= 0),
    counted_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, item_no, round, position),
    FOREIGN KEY (session_id, item_no) REFERENCES session_item (session_id, item_no) ON DELETE CASCADE
);
