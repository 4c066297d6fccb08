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
import org.yangguang.allowance.Area;
import org.yangguang.allowance.Standard;
import org.yangguang.allowance.StandardService;

/** Minimum living standards: every officer reads them, the county bureau adds new ones. */
@RestController
@RequestMapping("/api/allowance/standards")
class StandardController {

    private final StandardService standards;
    private final CountyAccess counties;

    StandardController(StandardService standards, CountyAccess counties) {
        this.standards = standards;
        this.counties = counties;
    }

    @GetMapping
    List<Standard> list(@RequestParam(required = false) String countyCode) {
        return standards.list(counties.readable(countyCode));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COUNTY')")
    Standard add(@RequestBody StandardRequest request, Principal caller) {
        String county = counties.writable(request.countyCode());
        return standards.add(
                new Standard(null, county, request.area(), request.monthlyAmount(), request.validFrom(),
                        request.validTo()),
                caller.getName());
    }

    record StandardRequest(
            String countyCode, Area area, BigDecimal monthlyAmount, LocalDate validFrom, LocalDate validTo) {}
}
