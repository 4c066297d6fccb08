-- The audit trail: append-only, hash-chained. Each row carries the SHA-256 of its canonical
-- content including the previous row's hash; audit_chain holds the head of the chain, locked
-- by every append so that the chain never forks. Rows are never updated or deleted: the
-- vendor-specific migration V5 adds triggers that refuse it.

CREATE TABLE audit_event (
    id           BIGINT       NOT NULL,
    at           DATETIME(3)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    role         VARCHAR(16),
    region_code  VARCHAR(12),
    type         VARCHAR(48)  NOT NULL,
    case_id      BIGINT,
    household_id BIGINT,
    detail       TEXT,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_case ON audit_event (case_id, id);
CREATE INDEX ix_audit_actor ON audit_event (actor, id);
CREATE INDEX ix_audit_type ON audit_event (type, id);
CREATE INDEX ix_audit_at ON audit_event (at);

CREATE TABLE audit_chain (
    chain_id  INT      NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain PRIMARY KEY (chain_id)
);
INSERT INTO audit_chain (chain_id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
