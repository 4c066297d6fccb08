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
import org.yangguang.allowance.AssetLimit;
import org.yangguang.allowance.AssetLimitService;
import org.yangguang.household.AssetType;

/** Asset limits: every officer reads them, the county bureau adds new ones. */
@RestController
@RequestMapping("/api/allowance/asset-limits")
class AssetLimitController {

    private final AssetLimitService limits;
    private final CountyAccess counties;

    AssetLimitController(AssetLimitService limits, CountyAccess counties) {
        this.limits = limits;
        this.counties = counties;
    }

    @GetMapping
    List<AssetLimit> list(@RequestParam(required = false) String countyCode) {
        return limits.list(counties.readable(countyCode));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COUNTY')")
    AssetLimit add(@RequestBody AssetLimitRequest request, Principal caller) {
        String county = counties.writable(request.countyCode());
        return limits.add(
                new AssetLimit(
                        null,
                        county,
                        request.assetTypes(),
                        request.maxCount(),
                        request.maxMonthsOfStandardPerCapita(),
                        request.maxHouseholdValue(),
                        request.validFrom(),
                        request.validTo()),
                caller.getName());
    }

    record AssetLimitRequest(
            String countyCode,
            List<AssetType> assetTypes,
            Integer maxCount,
            BigDecimal maxMonthsOfStandardPerCapita,
            BigDecimal maxHouseholdValue,
            LocalDate validFrom,
            LocalDate validTo) {}
}
