-- The working-day calendar and the allowance policy tables (standards, add-ons, asset limits,
-- income rules). Every policy row has a validity period [valid_from, valid_to], valid_to NULL
-- meaning "until further notice".
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11.

-- Days that differ from the weekly rule (Monday to Friday work): public holidays, and make-up
-- working days (调休) on a Saturday or Sunday. The column is calendar_date because DAY is a
-- reserved word in H2 2.x.
CREATE TABLE calendar_day (
    calendar_date DATE        NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    name          VARCHAR(50),
    CONSTRAINT pk_calendar_day PRIMARY KEY (calendar_date)
);

-- The monthly minimum living standard of a county, rural and urban apart.
CREATE TABLE allowance_standard (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_code    VARCHAR(12)   NOT NULL,
    area           VARCHAR(8)    NOT NULL,
    monthly_amount DECIMAL(12,2) NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE
);

CREATE INDEX ix_allowance_standard_county ON allowance_standard (county_code, area, valid_from);

-- Category add-ons (分类施保) as a fraction of the standard. threshold: minimum age (ELDERLY),
-- age limit, exclusive (MINOR), highest disability grade counted (SEVERE_DISABILITY), unused
-- (SERIOUS_ILLNESS).
CREATE TABLE allowance_addon (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_code VARCHAR(12)  NOT NULL,
    category    VARCHAR(24)  NOT NULL,
    threshold   INT,
    rate        DECIMAL(6,4) NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE
);

CREATE INDEX ix_allowance_addon_county ON allowance_addon (county_code, category, valid_from);

-- A limit on the non-exempt assets of the listed types (comma list of AssetType names):
-- how many, their value in months of the standard per member, or their value per household.
CREATE TABLE asset_limit (
    id                                BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_code                       VARCHAR(12)  NOT NULL,
    asset_types                       VARCHAR(100) NOT NULL,
    max_count                         INT,
    max_months_of_standard_per_capita DECIMAL(8,2),
    max_household_value               DECIMAL(14,2),
    valid_from                        DATE         NOT NULL,
    valid_to                          DATE
);

CREATE INDEX ix_asset_limit_county ON asset_limit (county_code, valid_from);

-- How income is counted: the share of wages deducted as necessary employment costs.
CREATE TABLE income_rule (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    county_code                VARCHAR(12)  NOT NULL,
    wage_cost_deduction_rate   DECIMAL(6,4) NOT NULL,
    valid_from                 DATE         NOT NULL,
    valid_to                   DATE
);

CREATE INDEX ix_income_rule_county ON income_rule (county_code, valid_from);
