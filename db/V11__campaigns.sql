-- Campaigns (专项核查): the county re-checks every ACTIVE household of chosen townships by a deadline.
-- The households are listed once when the campaign starts (campaign_household, one row per household
-- and campaign, ever); batches then give each listed row the re-check case it was attached to, so
-- an interrupted campaign resumes at the rows still without one.
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11.

CREATE TABLE campaign (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_code  VARCHAR(12)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    deadline     DATE         NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    households   INT          NOT NULL,
    created      INT          NOT NULL,
    attached     INT          NOT NULL,
    skipped      INT          NOT NULL,
    started_by   VARCHAR(64)  NOT NULL,
    started_at   DATETIME(3)  NOT NULL,
    finished_at  DATETIME(3)
);
CREATE INDEX ix_campaign_status ON campaign (status);

CREATE TABLE campaign_township (
    campaign_id    BIGINT      NOT NULL,
    township_code  VARCHAR(12) NOT NULL,
    CONSTRAINT pk_campaign_township PRIMARY KEY (campaign_id, township_code),
    CONSTRAINT fk_campaign_township FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);

-- outcome: NULL while waiting, then CREATED (a new re-check), ATTACHED (the household's running
-- re-check, started before by something else) or SKIPPED (no longer ACTIVE when the batch reached it).
CREATE TABLE campaign_household (
    campaign_id   BIGINT      NOT NULL,
    household_id  BIGINT      NOT NULL,
    case_id       BIGINT,
    outcome       VARCHAR(12),
    CONSTRAINT pk_campaign_household PRIMARY KEY (campaign_id, household_id),
    CONSTRAINT fk_campaign_household_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_household_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_campaign_household_case ON campaign_household (case_id);
