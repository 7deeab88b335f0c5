-- PostgreSQL's version of ../V11__session_holder.sql, whose comments say what it is for:
-- the same schema, with TIMESTAMP(6) for TIMESTAMP(9): PostgreSQL keeps no finer time than
-- microseconds (its own session starts, pg_stat_activity.backend_start, included).

CREATE TABLE session_holder (
    session_id      BIGINT        PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    token           VARCHAR(40)   NOT NULL,
    pid             BIGINT        NOT NULL,
    terminal        VARCHAR(200)  NOT NULL,
    origin          VARCHAR(200)  NOT NULL,
    since           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    claim_session   INT           NOT NULL,
    claim_started   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    main_session    INT           NOT NULL,
    main_started    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
