-- Roster imports (existing recipients enrolled from a county's Excel roster): one row per file
-- content, so the same file imported twice changes nothing. Age bands of the statistics (data).
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11.

CREATE TABLE roster_import (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    sha256      CHAR(64)      NOT NULL,
    county_code VARCHAR(12)   NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    households  INT           NOT NULL,
    persons     INT           NOT NULL,
    imported_by VARCHAR(64)   NOT NULL,
    imported_at DATETIME(3)   NOT NULL,
    CONSTRAINT uq_roster_import UNIQUE (sha256)
);

INSERT INTO case_policy (name, int_value, description) VALUES
    ('workingAgeFrom', 18, 'first year of working age (completed years), men and women'),
    ('workingAgeMaleTo', 59, 'last year of working age of men (completed years)'),
    ('workingAgeFemaleTo', 54, 'last year of working age of women (completed years)');
