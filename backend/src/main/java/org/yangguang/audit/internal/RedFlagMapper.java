package org.yangguang.audit.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.yangguang.audit.RedFlag;

/**
 * Read-only queries over the case, notice and household tables that find the patterns inspectors
 * look for. Each answers flag rows directly.
 */
@Mapper
public interface RedFlagMapper {

    List<RedFlag> closeRelativeCases();

    List<RedFlag> sameOfficerSurveyedAndDecided();

    List<RedFlag> approvedWithOpenObjection();

    List<RedFlag> changedAfterApproval();

    List<RedFlag> sharedBankAccounts();

    List<RedFlag> sharedPhones();
}
