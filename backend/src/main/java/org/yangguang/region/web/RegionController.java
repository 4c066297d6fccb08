package org.yangguang.region.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.region.Region;
import org.yangguang.region.RegionService;

/** The tree for every signed-in officer (names and codes are public knowledge). */
@RestController
@RequestMapping("/api/regions")
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping
    List<Region> list() {
        return regions.listAll();
    }
}
