package org.yangguang.verification.data.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.verification.data.ImportBatch;

@Mapper
public interface DepartmentDataMapper {

    void insertBatch(NewBatch batch);

    int finishBatch(@Param("id") long id, @Param("rows") int rows, @Param("warnings") int warningsRaised,
            @Param("status") String status);

    void insertRecords(@Param("records") List<NewRecord> records);

    ImportBatch findBatch(@Param("source") String source, @Param("sha256") String sha256);

    List<ImportBatch> findRecentBatches(@Param("limit") int limit);

    List<StoredRecord> findByPeople(@Param("idNumbers") List<String> idNumbers, @Param("except") String exceptSource);

    List<StoredRecord> findByRelatives(@Param("idNumbers") List<String> idNumbers, @Param("source") String source);

    int countRecords(@Param("batchId") long batchId);

    /** A batch to insert; receives its generated id. */
    final class NewBatch {
        private Long id;
        private final String source;
        private final String fileName;
        private final String sha256;
        private final String importer;
        private final Instant at;

        public NewBatch(String source, String fileName, String sha256, String importer, Instant at) {
            this.source = source;
            this.fileName = fileName;
            this.sha256 = sha256;
            this.importer = importer;
            this.at = at;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getSource() {
            return source;
        }

        public String getFileName() {
            return fileName;
        }

        public String getSha256() {
            return sha256;
        }

        public String getImporter() {
            return importer;
        }

        public Instant getAt() {
            return at;
        }
    }

    record NewRecord(long batchId, String source, String idNumber, String relatedIdNumber, int rowNo, String fields) {}

    record StoredRecord(long id, String source, String idNumber, String relatedIdNumber, String fields) {}
}
