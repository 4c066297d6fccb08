-- Monthly payment runs: one per county and month; one line per household and month, ever.
-- The cursor (after_household_id) moves with each stored batch, so a run interrupted half-way
-- resumes after the last household it paid.

CREATE TABLE payment_run (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_code        VARCHAR(12)   NOT NULL,
    pay_month          VARCHAR(7)    NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    after_household_id BIGINT        NOT NULL,
    households         INT           NOT NULL,
    total              DECIMAL(14,2) NOT NULL,
    started_by         VARCHAR(64)   NOT NULL,
    started_at         DATETIME(3)   NOT NULL,
    finished_at        DATETIME(3),
    CONSTRAINT uq_payment_run UNIQUE (county_code, pay_month)
);

CREATE TABLE payment_line (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id        BIGINT        NOT NULL,
    household_id  BIGINT        NOT NULL,
    pay_month     VARCHAR(7)    NOT NULL,
    amount        DECIMAL(12,2) NOT NULL,
    CONSTRAINT uq_payment_line UNIQUE (household_id, pay_month),
    CONSTRAINT fk_line_run FOREIGN KEY (run_id) REFERENCES payment_run (id),
    CONSTRAINT fk_line_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_payment_line_run ON payment_line (run_id, household_id);

