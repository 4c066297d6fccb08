package org.yangguang.verification.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.verification.MatchingRun;

@Mapper
public interface MatchingRunMapper {

    void insert(@Param("id") RunId id, @Param("reason") String reason, @Param("total") int total,
            @Param("at") Instant at);

    MatchingRun findById(long id);

    List<MatchingRun> findRecent(int limit);

    List<MatchingRun> findRunning();

    int advance(@Param("id") long id, @Param("after") long afterHouseholdId, @Param("processed") int processed,
            @Param("warnings") int warnings);

    int finish(@Param("id") long id, @Param("status") String status, @Param("at") Instant at);

    /** Receives a generated key. */
    class RunId {
        private Long value;

        public Long getValue() {
            return value;
        }

        public void setValue(Long value) {
            this.value = value;
        }
    }
}
