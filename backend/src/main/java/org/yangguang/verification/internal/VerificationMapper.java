package org.yangguang.verification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.verification.VerificationRule;
import org.yangguang.verification.Warning;
import org.yangguang.verification.WarningDraft;

@Mapper
public interface VerificationMapper {

    List<VerificationRule> findRulesValidOn(@Param("countyCode") String countyCode, @Param("day") LocalDate day);

    int countRules();

    int closeOpenRule(@Param("countyCode") String countyCode, @Param("code") org.yangguang.verification.WarningCode code,
            @Param("day") LocalDate lastDay);

    void insertRule(@Param("r") VerificationRule rule, @Param("validFrom") LocalDate validFrom);

    /** Inserts unless the same warning (household, code, person, evidence) exists; answers the rows inserted. */
    int insertWarningIfNew(@Param("householdId") long householdId, @Param("w") WarningDraft draft,
            @Param("at") Instant at);

    List<Warning> findWarnings(@Param("householdId") Long householdId, @Param("status") String status,
            @Param("likePattern") String likePattern);

    Warning findWarning(long warningId);

    int resolve(@Param("warningId") long warningId, @Param("status") String status, @Param("by") String by,
            @Param("resolution") String resolution, @Param("at") Instant at);
}
