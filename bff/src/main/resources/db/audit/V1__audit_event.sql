-- The audit trail: one hash chain per BFF instance. Each row's hash is SM3 over its content and the
-- previous row's hash, so an edited, deleted or reordered row breaks the chain where it happened.
-- Written to run unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
CREATE TABLE audit_event (
    instance_id    VARCHAR(64)  NOT NULL,
    seq            BIGINT       NOT NULL,
    event_id       VARCHAR(36)  NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id        VARCHAR(64),
    client_address VARCHAR(64),
    channel        VARCHAR(32),
    terminal_id    VARCHAR(128),
    operation_name VARCHAR(200),
    operation_type VARCHAR(16)  NOT NULL,
    result         VARCHAR(32)  NOT NULL,
    duration_ms    BIGINT       NOT NULL,
    detail         TEXT         NOT NULL,
    prev_hash      VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL,
    PRIMARY KEY (instance_id, seq)
);

CREATE INDEX audit_event_user ON audit_event (user_id, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
