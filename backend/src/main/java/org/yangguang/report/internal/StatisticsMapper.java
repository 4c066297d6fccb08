package org.yangguang.report.internal;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;
import org.yangguang.report.PersonFact;

@Mapper
public interface StatisticsMapper {

    /** Every member of an ACTIVE household in the region subtree, household by household. */
    void scanActivePersons(@Param("pattern") String pattern, ResultHandler<PersonFact> handler);
}
