-- Beraad schema, version 5: the speaker queue of an item. The first row (lowest seq) has the floor;
-- 'next speaker' deletes it. Kept in the database like everything else, so it survives a crash.

CREATE TABLE speaker (
    session_id      BIGINT        NOT NULL,
    item_no         INT           NOT NULL,
    seq             INT           NOT NULL,
    participant_id  BIGINT        NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    added_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_id, item_no, seq),
    FOREIGN KEY (session_id, item_no) REFERENCES session_item (session_id, item_no) ON DELETE CASCADE
);
