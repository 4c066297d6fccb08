-- Households as declared, the cases that process them, their timelines, documents,
-- public notices and objections, and the working-day deadlines of user tasks.
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11.

CREATE TABLE household (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    region_code               VARCHAR(12)   NOT NULL,
    address                   VARCHAR(200)  NOT NULL,
    phone                     VARCHAR(20),
    bank_account              VARCHAR(40),
    consent_to_publish_income BOOLEAN       NOT NULL DEFAULT FALSE,
    authorization_signed      BOOLEAN       NOT NULL,
    pledge_signed             BOOLEAN       NOT NULL,
    relative_of_officer       BOOLEAN       NOT NULL DEFAULT FALSE,
    status                    VARCHAR(16)   NOT NULL,
    monthly_amount            DECIMAL(12,2),
    per_capita_income         DECIMAL(12,2),
    payment_start_month       VARCHAR(7),
    created_at                DATETIME(3)   NOT NULL,
    updated_at                DATETIME(3)   NOT NULL,
    CONSTRAINT fk_household_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_household_region_status ON household (region_code, status);

CREATE TABLE household_member (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id      BIGINT       NOT NULL,
    position          INT          NOT NULL,
    name              VARCHAR(50)  NOT NULL,
    id_number         VARCHAR(18)  NOT NULL,
    relation          VARCHAR(16)  NOT NULL,
    identity_category VARCHAR(16)  NOT NULL,
    disability_grade  INT          NOT NULL DEFAULT 0,
    serious_illness   BOOLEAN      NOT NULL DEFAULT FALSE,
    able_to_work      BOOLEAN      NOT NULL DEFAULT FALSE,
    gender            VARCHAR(8)   NOT NULL,
    birth_date        DATE         NOT NULL,
    CONSTRAINT fk_member_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_member_household ON household_member (household_id);
CREATE INDEX ix_member_id_number ON household_member (id_number);

CREATE TABLE household_income (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id      BIGINT        NOT NULL,
    position          INT           NOT NULL,
    member_id_number  VARCHAR(18)   NOT NULL,
    type              VARCHAR(16)   NOT NULL,
    monthly_amount    DECIMAL(12,2) NOT NULL,
    note              VARCHAR(200),
    CONSTRAINT fk_income_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_income_household ON household_income (household_id);

CREATE TABLE household_asset (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id      BIGINT        NOT NULL,
    position          INT           NOT NULL,
    member_id_number  VARCHAR(18)   NOT NULL,
    type              VARCHAR(16)   NOT NULL,
    asset_value       DECIMAL(14,2) NOT NULL,
    note              VARCHAR(200),
    exempt            BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_asset_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_asset_household ON household_asset (household_id);

CREATE TABLE household_supporter (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id             BIGINT        NOT NULL,
    position                 INT           NOT NULL,
    name                     VARCHAR(50)   NOT NULL,
    id_number                VARCHAR(18)   NOT NULL,
    relation                 VARCHAR(20),
    household_size           INT,
    household_monthly_income DECIMAL(12,2),
    monthly_support          DECIMAL(12,2),
    CONSTRAINT fk_supporter_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_supporter_household ON household_supporter (household_id);
CREATE INDEX ix_supporter_id_number ON household_supporter (id_number);

CREATE TABLE dibao_case (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(16)   NOT NULL,
    household_id        BIGINT        NOT NULL,
    region_code         VARCHAR(12)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    process_instance_id VARCHAR(64),
    close_relative      BOOLEAN       NOT NULL DEFAULT FALSE,
    had_complaint       BOOLEAN       NOT NULL DEFAULT FALSE,
    special             BOOLEAN       NOT NULL DEFAULT FALSE,
    proposed_amount     DECIMAL(12,2),
    monthly_amount      DECIMAL(12,2),
    per_capita_income   DECIMAL(12,2),
    payment_start_month VARCHAR(7),
    applied_at          DATETIME(3)   NOT NULL,
    accepted_at         DATETIME(3),
    due_at              DATETIME(3),
    decided_at          DATETIME(3),
    created_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_case_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_case_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_case_region_status ON dibao_case (region_code, status);
CREATE INDEX ix_case_household ON dibao_case (household_id);
CREATE INDEX ix_case_process ON dibao_case (process_instance_id);

CREATE TABLE case_event (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id   BIGINT       NOT NULL,
    at        DATETIME(3)  NOT NULL,
    actor     VARCHAR(64)  NOT NULL,
    role      VARCHAR(16),
    action    VARCHAR(40)  NOT NULL,
    task_key  VARCHAR(64),
    decision  VARCHAR(32),
    opinion   VARCHAR(2000),
    detail    TEXT,
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES dibao_case (id)
);
CREATE INDEX ix_event_case ON case_event (case_id, id);

CREATE TABLE case_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    content      LONGBLOB      NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_document_case FOREIGN KEY (case_id) REFERENCES dibao_case (id)
);
CREATE INDEX ix_document_case ON case_document (case_id);

CREATE TABLE notice (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    household_id       BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    region_code        VARCHAR(12)   NOT NULL,
    village_name       VARCHAR(100)  NOT NULL,
    head_name          VARCHAR(50)   NOT NULL,
    household_size     INT           NOT NULL,
    monthly_amount     DECIMAL(12,2),
    per_capita_income  DECIMAL(12,2),
    supporters_income  VARCHAR(200),
    from_date          DATE          NOT NULL,
    to_date            DATE,
    withdrawn_at       DATETIME(3),
    created_at         DATETIME(3)   NOT NULL,
    CONSTRAINT fk_notice_case FOREIGN KEY (case_id) REFERENCES dibao_case (id)
);
CREATE INDEX ix_notice_region ON notice (region_code, from_date);
CREATE INDEX ix_notice_case ON notice (case_id);

CREATE TABLE objection (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_code  VARCHAR(20)   NOT NULL,
    notice_id      BIGINT        NOT NULL,
    case_id        BIGINT        NOT NULL,
    content        VARCHAR(4000) NOT NULL,
    contact_name   VARCHAR(50),
    contact_phone  VARCHAR(20),
    status         VARCHAR(16)   NOT NULL,
    founded        BOOLEAN,
    reply          VARCHAR(4000),
    received_at    DATETIME(3)   NOT NULL,
    closed_at      DATETIME(3),
    CONSTRAINT uq_objection_tracking UNIQUE (tracking_code),
    CONSTRAINT fk_objection_notice FOREIGN KEY (notice_id) REFERENCES notice (id),
    CONSTRAINT fk_objection_case FOREIGN KEY (case_id) REFERENCES dibao_case (id)
);
CREATE INDEX ix_objection_case ON objection (case_id, status);

-- Working days a user task may take, by task key (the BPMN user-task id); rows are policy data.
CREATE TABLE task_deadline (
    task_key     VARCHAR(64) NOT NULL,
    working_days INT         NOT NULL,
    description  VARCHAR(200),
    CONSTRAINT pk_task_deadline PRIMARY KEY (task_key)
);

-- Case-wide deadlines and notice periods, by name; rows are policy data.
CREATE TABLE case_policy (
    name        VARCHAR(64)  NOT NULL,
    int_value   INT          NOT NULL,
    description VARCHAR(200),
    CONSTRAINT pk_case_policy PRIMARY KEY (name)
);
INSERT INTO task_deadline (task_key, working_days, description) VALUES
    ('survey', 3, 'household survey starts within 3 working days of acceptance'),
    ('countyVisit', 10, 'county home visit, part of the county decision'),
    ('countyApproval', 10, 'county decision within 10 working days');
INSERT INTO case_policy (name, int_value, description) VALUES
    ('caseWorkingDays', 30, 'whole case, working days from acceptance'),
    ('specialCaseWorkingDays', 45, 'whole case with objections or hard investigations'),
    ('refusalNoticeWorkingDays', 3, 'refusal notice delivered through the township'),
    ('listNoticeDays', 7, 'calendar days the review and audit result lists stay posted');
INSERT INTO case_policy (name, int_value, description) VALUES
    ('surveyMinInvestigators', 2, 'a household survey needs at least this many investigators'),
    ('reviewResidentShareNumerator', 2, 'residents make up at least numerator/denominator of the review panel'),
    ('reviewResidentShareDenominator', 3, 'see reviewResidentShareNumerator');
INSERT INTO case_policy (name, int_value, description) VALUES
    ('applicationNoticeDays', 7, 'notice period when the model''s noticePeriod timer is not a literal ISO period');
