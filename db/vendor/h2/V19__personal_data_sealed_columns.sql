-- H2: the sealed columns of V18 grow to hold AES-GCM text, and the indexes and the unique
-- constraint on their plain values go (the hash columns carry them now).
-- (db/vendor/mysql and db/vendor/mariadb hold the same change in their dialect.)
DROP INDEX ix_member_id_number;
DROP INDEX ix_supporter_id_number;
DROP INDEX ix_record_id_number;
DROP INDEX ix_record_related_id_number;
ALTER TABLE household_warning DROP CONSTRAINT uq_household_warning;

ALTER TABLE household ALTER COLUMN bank_account SET DATA TYPE VARCHAR(160);
ALTER TABLE household_member ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE household_income ALTER COLUMN member_id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE household_asset ALTER COLUMN member_id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE household_supporter ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE department_record ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE department_record ALTER COLUMN related_id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE relative_registration ALTER COLUMN member_id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE relative_registration ALTER COLUMN official_id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE household_warning ALTER COLUMN person_id SET DATA TYPE VARCHAR(100);
