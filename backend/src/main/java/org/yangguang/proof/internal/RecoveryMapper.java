package org.yangguang.proof.internal;

import java.math.BigDecimal;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RecoveryMapper {

    void insert(@Param("caseId") long caseId, @Param("householdId") long householdId,
            @Param("since") String overpaidSince, @Param("total") BigDecimal total, @Param("lines") String lines,
            @Param("at") Instant at);
}
