-- Personal data at rest (docs/security.md): ID numbers, bank accounts and the department data
-- carrying them are stored sealed with AES-GCM by the application, so equality is looked up
-- through a keyed hash (HMAC-SHA256, Base64url, 43 characters) kept beside each searched column.
-- V19 (per vendor) widens the sealed columns and drops the indexes on them; V20 (Java) seals the
-- rows already stored. Portable SQL: H2 2.x and MySQL 8 / MariaDB 10.11.

ALTER TABLE household ADD COLUMN bank_account_hash VARCHAR(44);
CREATE INDEX ix_household_bank_account_hash ON household (bank_account_hash);

ALTER TABLE household_member ADD COLUMN id_number_hash VARCHAR(44);
CREATE INDEX ix_member_id_number_hash ON household_member (id_number_hash);

ALTER TABLE household_supporter ADD COLUMN id_number_hash VARCHAR(44);
CREATE INDEX ix_supporter_id_number_hash ON household_supporter (id_number_hash);

ALTER TABLE department_record ADD COLUMN id_number_hash VARCHAR(44);
ALTER TABLE department_record ADD COLUMN related_id_number_hash VARCHAR(44);
CREATE INDEX ix_record_id_number_hash ON department_record (id_number_hash);
CREATE INDEX ix_record_related_id_number_hash ON department_record (related_id_number_hash);

ALTER TABLE relative_registration ADD COLUMN member_id_number_hash VARCHAR(44);
ALTER TABLE relative_registration ADD COLUMN official_id_number_hash VARCHAR(44);

ALTER TABLE household_warning ADD COLUMN person_id_hash VARCHAR(44);
ALTER TABLE household_warning
    ADD CONSTRAINT uq_household_warning_person UNIQUE (household_id, code, person_id_hash, evidence_key);

-- Answers kept for repeated writes are now stored sealed too; those kept in the clear (at most a
-- day's worth, see yangguang.idempotency.retention) are dropped with the upgrade.
DELETE FROM idempotency_key;
