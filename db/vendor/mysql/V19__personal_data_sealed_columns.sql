-- MySQL 8: the sealed columns of V18 grow to hold AES-GCM text, and the indexes and the unique
-- constraint on their plain values go (the hash columns carry them now).
-- (db/vendor/h2 and db/vendor/mariadb hold the same change in their dialect.)
DROP INDEX ix_member_id_number ON household_member;
DROP INDEX ix_supporter_id_number ON household_supporter;
DROP INDEX ix_record_id_number ON department_record;
DROP INDEX ix_record_related_id_number ON department_record;
ALTER TABLE household_warning DROP INDEX uq_household_warning;

ALTER TABLE household MODIFY bank_account VARCHAR(160);
ALTER TABLE household_member MODIFY id_number VARCHAR(100) NOT NULL;
ALTER TABLE household_income MODIFY member_id_number VARCHAR(100) NOT NULL;
ALTER TABLE household_asset MODIFY member_id_number VARCHAR(100) NOT NULL;
ALTER TABLE household_supporter MODIFY id_number VARCHAR(100) NOT NULL;
ALTER TABLE department_record MODIFY id_number VARCHAR(100) NOT NULL;
ALTER TABLE department_record MODIFY related_id_number VARCHAR(100);
ALTER TABLE relative_registration MODIFY member_id_number VARCHAR(100);
ALTER TABLE relative_registration MODIFY official_id_number VARCHAR(100);
ALTER TABLE household_warning MODIFY person_id VARCHAR(100) NOT NULL;
