package org.yangguang.process.internal;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface TaskDeadlineMapper {

    Integer findWorkingDays(String taskKey);
}
