package org.yangguang.recheck.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.recheck.ExitReason;
import org.yangguang.recheck.Recheck;
import org.yangguang.recheck.RecheckOutcome;

@Mapper
public interface RecheckMapper {

    void insert(Recheck recheck);

    Recheck find(long caseId);

    int updateOutcome(@Param("caseId") long caseId, @Param("outcome") RecheckOutcome outcome,
            @Param("exitReason") ExitReason exitReason, @Param("newAmount") BigDecimal newAmount);

    int markDecided(@Param("caseId") long caseId, @Param("at") Instant at);
}
