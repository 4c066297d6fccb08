-- The administrative tree and the officers who work in it.
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11.

CREATE TABLE region (
    code        VARCHAR(12)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(12),
    CONSTRAINT pk_region PRIMARY KEY (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);

CREATE TABLE officer (
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash VARCHAR(100) NOT NULL,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(3),
    CONSTRAINT pk_officer PRIMARY KEY (username),
    CONSTRAINT fk_officer_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE INDEX ix_officer_region ON officer (region_code);
