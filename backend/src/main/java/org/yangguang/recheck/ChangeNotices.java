package org.yangguang.recheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CasePolicy;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.notice.Notice;
import org.yangguang.notice.NoticeDraft;
import org.yangguang.notice.NoticeKind;
import org.yangguang.notice.NoticeService;
import org.yangguang.region.RegionService;

/** Posts a re-check's change (CHANGE) or exit (EXIT) on the village's public board for the list period. */
@Component
class ChangeNotices {

    private final NoticeService board;
    private final HouseholdService households;
    private final RegionService regions;
    private final CaseFiles cases;
    private final CasePolicy policy;

    ChangeNotices(NoticeService board, HouseholdService households, RegionService regions, CaseFiles cases,
            CasePolicy policy) {
        this.board = board;
        this.households = households;
        this.regions = regions;
        this.cases = cases;
        this.policy = policy;
    }

    void post(Recheck recheck, NoticeKind kind) {
        Household household = households.require(recheck.householdId());
        LocalDate from = board.today();
        LocalDate to = from.plusDays(policy.value(CasePolicy.LIST_NOTICE_DAYS) - 1L);
        BigDecimal amount = switch (recheck.outcome()) {
            case STOP -> BigDecimal.ZERO.setScale(2);
            case INCREASE, REDUCE -> recheck.newAmount();
            default -> household.monthlyAmount();
        };
        boolean consent = household.consentToPublishIncome();
        Notice notice = board.post(new NoticeDraft(recheck.caseId(), household.householdId(), kind,
                household.regionCode(), regions.require(household.regionCode()).name(), household.head().name(),
                household.size(), amount, consent ? household.perCapitaIncome() : null, null, from, to));
        cases.record(recheck.caseId(), CaseEventDraft.system("NOTICE_POSTED", "{\"noticeId\":" + notice.noticeId()
                + ",\"kind\":\"" + kind + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}"));
    }

    void withdraw(Recheck recheck, NoticeKind kind) {
        board.withdraw(recheck.caseId(), kind, "returned by the county");
        cases.record(recheck.caseId(), CaseEventDraft.system("NOTICE_WITHDRAWN", "{\"kind\":\"" + kind + "\"}"));
    }
}
