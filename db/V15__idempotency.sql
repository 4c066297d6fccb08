-- Idempotency keys of write requests: the first answer to a request carrying header
-- Idempotency-Key is kept (status, content type, location, body) and given again to a repeat with
-- the same key, so a double submission takes effect once. One row per officer and key; status is
-- NULL while the first request is still being handled. Rows older than the retention
-- (yangguang.idempotency.retention) are removed. Portable SQL: H2 2.x and MySQL 8 / MariaDB 10.11.

CREATE TABLE idempotency_key (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64)   NOT NULL,
    idem_key     VARCHAR(100)  NOT NULL,
    method       VARCHAR(10)   NOT NULL,
    path         VARCHAR(1000) NOT NULL,
    request_hash CHAR(64)      NOT NULL,
    status       INT,
    content_type VARCHAR(200),
    location     VARCHAR(1000),
    body         LONGBLOB,
    created_at   DATETIME(3)   NOT NULL,
    CONSTRAINT uq_idempotency_key UNIQUE (username, idem_key)
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
