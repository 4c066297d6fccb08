package org.yangguang.casework.internal;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CasePolicyMapper {

    Integer findValue(String name);
}
