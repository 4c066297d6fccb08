package org.yangguang.payment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.payment.PaymentLine;
import org.yangguang.payment.PaymentRun;

@Mapper
public interface PaymentMapper {

    int insertRun(@Param("id") RunId id, @Param("countyCode") String countyCode, @Param("month") String month,
            @Param("actor") String actor, @Param("at") Instant at);

    PaymentRun findRun(long runId);

    /** The run, its row locked until the end of the transaction: concurrent requests carry it on one batch at a time. */
    PaymentRun lockRun(long runId);

    PaymentRun findRunOf(@Param("countyCode") String countyCode, @Param("month") String month);

    List<PaymentRun> findRuns(@Param("countyCode") String countyCode);

    int insertLines(@Param("runId") long runId, @Param("lines") List<PaymentLine> lines);

    int advance(@Param("runId") long runId, @Param("after") long afterHouseholdId, @Param("households") int households,
            @Param("amount") BigDecimal amount);

    int finish(@Param("runId") long runId, @Param("at") Instant at);

    List<PaymentLine> findLines(long runId);

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
