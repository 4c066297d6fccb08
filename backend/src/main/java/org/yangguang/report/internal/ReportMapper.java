package org.yangguang.report.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.yangguang.report.ApprovalLine;
import org.yangguang.report.ChangeLine;
import org.yangguang.report.RosterLine;

@Mapper
public interface ReportMapper {

    /** Every member of every receiving household of the subtree, household by household (head first). */
    void scanRoster(@Param("pattern") String pattern, ResultHandler<RosterLine> handler);

    List<ApprovalLine> findApprovals(@Param("pattern") String pattern, @Param("from") Instant from,
            @Param("to") Instant to);

    List<org.yangguang.report.ApplicationLine> findApplications(@Param("pattern") String pattern,
            @Param("from") Instant from, @Param("to") Instant to);

    List<ChangeLine> findChanges(@Param("pattern") String pattern, @Param("fromMonth") String fromMonth,
            @Param("toMonth") String toMonth);
}
