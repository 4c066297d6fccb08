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
import org.yangguang.allowance.AddOnCategory;
import org.yangguang.allowance.AddOnRule;
import org.yangguang.allowance.AddOnRuleService;

/** Category add-ons: every officer reads them, the county bureau adds new ones. */
@RestController
@RequestMapping("/api/allowance/addons")
class AddOnRuleController {

    private final AddOnRuleService rules;
    private final CountyAccess counties;

    AddOnRuleController(AddOnRuleService rules, CountyAccess counties) {
        this.rules = rules;
        this.counties = counties;
    }

    @GetMapping
    List<AddOnRule> list(@RequestParam(required = false) String countyCode) {
        return rules.list(counties.readable(countyCode));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COUNTY')")
    AddOnRule add(@RequestBody AddOnRequest request, Principal caller) {
        String county = counties.writable(request.countyCode());
        return rules.add(
                new AddOnRule(null, county, request.category(), request.threshold(), request.rate(),
                        request.validFrom(), request.validTo()),
                caller.getName());
    }

    record AddOnRequest(
            String countyCode,
            AddOnCategory category,
            Integer threshold,
            BigDecimal rate,
            LocalDate validFrom,
            LocalDate validTo) {}
}
