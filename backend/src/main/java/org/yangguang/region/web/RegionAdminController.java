package org.yangguang.region.web;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.region.Region;
import org.yangguang.region.RegionService;

/** The administrator grows and renames the tree. */
@RestController
@RequestMapping("/api/admin/regions")
@PreAuthorize("hasRole('ADMIN')")
class RegionAdminController {

    private final RegionService regions;

    RegionAdminController(RegionService regions) {
        this.regions = regions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Region create(@RequestBody Region region, Principal caller) {
        return regions.create(region, caller.getName());
    }

    @PutMapping("/{code}")
    Region rename(@PathVariable String code, @RequestBody RenameRequest request, Principal caller) {
        return regions.rename(code, request.name(), caller.getName());
    }

    record RenameRequest(String name) {}
}
