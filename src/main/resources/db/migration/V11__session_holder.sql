-- Beraad schema, version 11: who steers a session. session_claim's row lock says that some process
-- holds the session; this row says which one (terminal, process, since when), so a refusal can name
-- it and a second terminal can take the session over. The token changes on every claim: each write
-- of the holder checks it, so a process whose session was taken over writes nothing more.

CREATE TABLE session_holder (
    session_id      BIGINT        PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    token           VARCHAR(40)   NOT NULL,
    pid             BIGINT        NOT NULL,
    terminal        VARCHAR(200)  NOT NULL,
    origin          VARCHAR(200)  NOT NULL,
    since           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    claim_session   INT           NOT NULL,
    claim_started   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    main_session    INT           NOT NULL,
    main_started    TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
