-- Economic verification: the rules (per county, with validity, thresholds as data), the
-- warnings they raise on households, the close-relatives registrations, the resumable matching
-- runs; and for the burden of proof: the household's allowance history and recoveries.

CREATE TABLE verification_rule (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_code VARCHAR(12)   NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    threshold   DECIMAL(12,2),
    parameter   VARCHAR(200),
    valid_from  DATE          NOT NULL,
    valid_to    DATE
);
CREATE INDEX ix_verification_rule ON verification_rule (county_code, code);

CREATE TABLE household_warning (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id  BIGINT        NOT NULL,
    person_id     VARCHAR(18)   NOT NULL,
    person_kind   VARCHAR(12)   NOT NULL,
    source        VARCHAR(24)   NOT NULL,
    code          VARCHAR(32)   NOT NULL,
    evidence_key  VARCHAR(64)   NOT NULL,
    detail        VARCHAR(500)  NOT NULL,
    evidence      TEXT,
    status        VARCHAR(12)   NOT NULL,
    raised_at     DATETIME(3)   NOT NULL,
    resolved_at   DATETIME(3),
    resolved_by   VARCHAR(64),
    resolution    VARCHAR(500),
    CONSTRAINT uq_household_warning UNIQUE (household_id, code, person_id, evidence_key),
    CONSTRAINT fk_warning_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_warning_status ON household_warning (status, household_id);

CREATE TABLE relative_registration (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id        BIGINT       NOT NULL,
    case_id             BIGINT,
    member_id_number    VARCHAR(18),
    official_id_number  VARCHAR(18),
    official_name       VARCHAR(50),
    official_position   VARCHAR(100),
    relation            VARCHAR(20),
    origin              VARCHAR(12)  NOT NULL,
    registered_at       DATETIME(3)  NOT NULL,
    CONSTRAINT fk_registration_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_registration_household ON relative_registration (household_id);

CREATE TABLE matching_run (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    reason             VARCHAR(100) NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    after_household_id BIGINT       NOT NULL,
    processed          INT          NOT NULL,
    total              INT          NOT NULL,
    warnings_raised    INT          NOT NULL,
    started_at         DATETIME(3)  NOT NULL,
    finished_at        DATETIME(3)
);

CREATE TABLE allowance_history (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id  BIGINT        NOT NULL,
    from_month    VARCHAR(7)    NOT NULL,
    amount        DECIMAL(12,2) NOT NULL,
    reason        VARCHAR(40)   NOT NULL,
    case_id       BIGINT,
    created_at    DATETIME(3)   NOT NULL,
    CONSTRAINT fk_history_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_history_household ON allowance_history (household_id, from_month);

CREATE TABLE recovery (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    household_id   BIGINT        NOT NULL,
    overpaid_since VARCHAR(7)    NOT NULL,
    total          DECIMAL(12,2) NOT NULL,
    recovery_lines TEXT          NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    CONSTRAINT fk_recovery_case FOREIGN KEY (case_id) REFERENCES dibao_case (id)
);

INSERT INTO case_policy (name, int_value, description) VALUES
    ('evidenceDays', 15, 'calendar days a household has to present counter-evidence to a warning');
