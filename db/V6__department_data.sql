-- Department data for economic verification: one import_batch per accepted file, one
-- department_record per data row. Files are never edited or deleted: a new file of a source
-- adds its rows (the rules take the latest row per institution by 截止日期). The same content of
-- the same source is stored once (uq_import_batch_content), which makes an import idempotent.
-- Portable SQL: runs on H2 2.x and on MySQL 8 / MariaDB 10.11 (ROWS and ROW_NUMBER are reserved
-- words in MySQL 8, hence row_count and row_no).

CREATE TABLE import_batch (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    source          VARCHAR(24)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    content_sha256  CHAR(64)     NOT NULL,
    row_count       INT          NOT NULL,
    warnings_raised INT          NOT NULL,
    importer        VARCHAR(64)  NOT NULL,
    imported_at     DATETIME(3)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    CONSTRAINT uq_import_batch_content UNIQUE (source, content_sha256)
);

CREATE TABLE department_record (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id          BIGINT       NOT NULL,
    source            VARCHAR(24)  NOT NULL,
    id_number         VARCHAR(18)  NOT NULL,
    related_id_number VARCHAR(18),
    row_no            INT          NOT NULL,
    fields            TEXT         NOT NULL,
    CONSTRAINT fk_record_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
);
CREATE INDEX ix_record_id_number ON department_record (id_number);
CREATE INDEX ix_record_related_id_number ON department_record (related_id_number);
