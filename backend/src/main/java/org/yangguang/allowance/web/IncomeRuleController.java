package org.yangguang.allowance.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.allowance.IncomeRule;
import org.yangguang.allowance.IncomeRuleService;

/** Income-counting rules: every officer reads them, the county bureau adds new ones. */
@RestController
@RequestMapping("/api/allowance/income-rules")
class IncomeRuleController {

    private final IncomeRuleService rules;
    private final CountyAccess counties;

    IncomeRuleController(IncomeRuleService rules, CountyAccess counties) {
        this.rules = rules;
        this.counties = counties;
    }

    @GetMapping
    List<IncomeRule> list(@RequestParam(required = false) String countyCode) {
        return rules.list(counties.readable(countyCode));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COUNTY')")
    IncomeRule add(@RequestBody IncomeRuleRequest request, Principal caller) {
        String county = counties.writable(request.countyCode());
        return rules.add(
                new IncomeRule(null, county, request.wageCostDeductionRate(), request.validFrom(),
                        request.validTo()),
                caller.getName());
    }

    record IncomeRuleRequest(
            String countyCode, BigDecimal wageCostDeductionRate, LocalDate validFrom, LocalDate validTo) {}
}
