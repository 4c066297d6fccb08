-- Complaints and petitions (信访举报): the ledger of leads, each tracked by a public code.
CREATE TABLE complaint (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_code       VARCHAR(16)   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    anonymous_complaint BOOLEAN       NOT NULL DEFAULT FALSE,
    complainant_name    VARCHAR(50),
    complainant_phone   VARCHAR(20),
    case_id             BIGINT,
    household_id        BIGINT,
    officer_username    VARCHAR(64),
    objection_id        BIGINT,
    region_code         VARCHAR(12)   NOT NULL,
    investigating_level VARCHAR(16)   NOT NULL,
    content             VARCHAR(2000) NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    founded             BOOLEAN,
    findings            VARCHAR(2000),
    reply               VARCHAR(2000),
    escalated           BOOLEAN       NOT NULL DEFAULT FALSE,
    process_instance_id VARCHAR(64),
    received_at         DATETIME(3)   NOT NULL,
    due_at              DATETIME(3),
    closed_at           DATETIME(3),
    created_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_complaint_tracking UNIQUE (tracking_code),
    CONSTRAINT fk_complaint_case FOREIGN KEY (case_id) REFERENCES dibao_case (id),
    CONSTRAINT fk_complaint_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_complaint_region FOREIGN KEY (region_code) REFERENCES region (code)
);
CREATE INDEX ix_complaint_region ON complaint (region_code);
CREATE INDEX ix_complaint_case ON complaint (case_id);
CREATE INDEX ix_complaint_process ON complaint (process_instance_id);

INSERT INTO task_deadline (task_key, working_days, description) VALUES
    ('investigate', 15, 'complaint investigated within 15 working days; then escalated to the county'),
    ('countyReview', 5, 'county reviews the findings of a complaint'),
    ('reply', 3, 'complainant answered after the county confirmed the findings');
