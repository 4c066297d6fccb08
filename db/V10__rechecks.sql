-- After enrolment: re-check classes with their intervals (policy data), each household's
-- schedule, and every re-check with what started it and how it ended.
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11.

CREATE TABLE recheck_class (
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(64)  NOT NULL,
    interval_months INT          NOT NULL,
    description     VARCHAR(200),
    CONSTRAINT pk_recheck_class PRIMARY KEY (code),
    CONSTRAINT ck_recheck_interval CHECK (interval_months BETWEEN 1 AND 36)
);
INSERT INTO recheck_class (code, name, interval_months, description) VALUES
    ('STABLE', '基本稳定家庭', 12, 'household whose situation changes little: yearly'),
    ('EXTREME_POVERTY', '特困人员', 12, 'extreme-poverty persons: yearly'),
    ('UNSTABLE_INCOME', '收入不稳定家庭', 6, 'household with unstable income: every six months'),
    ('ABLE_TO_WORK', '有劳动能力成员家庭', 6, 'household with members able to work: every six months');

-- recheck_base: the day the interval counts from (enrolment or the last re-check).
ALTER TABLE household ADD COLUMN recheck_class VARCHAR(32);
ALTER TABLE household ADD COLUMN recheck_base DATE;
ALTER TABLE household ADD COLUMN next_recheck DATE;
ALTER TABLE household ADD COLUMN gradual_exit_until VARCHAR(7);
CREATE INDEX ix_household_next_recheck ON household (next_recheck);

CREATE TABLE recheck (
    case_id      BIGINT        NOT NULL,
    household_id BIGINT        NOT NULL,
    trigger_kind VARCHAR(16)   NOT NULL,
    note         VARCHAR(500),
    campaign_id  BIGINT,
    outcome      VARCHAR(16),
    exit_reason  VARCHAR(32),
    new_amount   DECIMAL(12,2),
    due_date     DATE,
    started_at   DATETIME(3)   NOT NULL,
    decided_at   DATETIME(3),
    CONSTRAINT pk_recheck PRIMARY KEY (case_id),
    CONSTRAINT fk_recheck_case FOREIGN KEY (case_id) REFERENCES dibao_case (id),
    CONSTRAINT fk_recheck_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT uq_recheck_campaign UNIQUE (campaign_id, household_id)
);
CREATE INDEX ix_recheck_household ON recheck (household_id);

INSERT INTO case_policy (name, int_value, description) VALUES
    ('gradualExitMonths', 6, 'months the allowance continues after work lifts income above the line (1-12)'),
    ('deathRecheckMonths', 3, 'a member''s recorded death is re-checked within this many months');
INSERT INTO task_deadline (task_key, working_days, description) VALUES
    ('declare', 10, 'the village updates the household''s declaration'),
    ('recheckSurvey', 10, 'township re-check survey'),
    ('recheckDecision', 5, 'township re-check decision'),
    ('recheckConfirm', 10, 'county confirmation of a change or exit');
