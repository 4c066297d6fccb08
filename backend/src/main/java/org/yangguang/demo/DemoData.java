package org.yangguang.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.identity.OfficerDraft;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.Role;
import org.yangguang.region.Region;
import org.yangguang.region.RegionKind;
import org.yangguang.region.RegionService;

/** Loads 阳光县 with its two townships, six villages and twelve officers. */
@Component
@Order(0)
@ConditionalOnProperty(name = "yangguang.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Sunshine#2026";
    private static final String LOADER = "demo-data";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<Region> REGIONS = List.of(
            new Region("511999000000", "阳光县", RegionKind.COUNTY, null),
            new Region("511999101000", "东河镇", RegionKind.TOWNSHIP, "511999000000"),
            new Region("511999101001", "东河村", RegionKind.VILLAGE, "511999101000"),
            new Region("511999101002", "柳树村", RegionKind.VILLAGE, "511999101000"),
            new Region("511999101003", "新街社区", RegionKind.COMMUNITY, "511999101000"),
            new Region("511999102000", "西山乡", RegionKind.TOWNSHIP, "511999000000"),
            new Region("511999102001", "西山村", RegionKind.VILLAGE, "511999102000"),
            new Region("511999102002", "石桥村", RegionKind.VILLAGE, "511999102000"),
            new Region("511999102003", "南坪村", RegionKind.VILLAGE, "511999102000"));

    private static final List<OfficerDraft> OFFICERS = List.of(
            officer("county", "刘建国", Role.COUNTY, "511999000000"),
            officer("township-dh", "王东河", Role.TOWNSHIP, "511999101000"),
            officer("township-xs", "李西山", Role.TOWNSHIP, "511999102000"),
            officer("village-dh1", "张东梅", Role.VILLAGE, "511999101001"),
            officer("village-dh2", "赵柳生", Role.VILLAGE, "511999101002"),
            officer("village-dh3", "孙新华", Role.VILLAGE, "511999101003"),
            officer("village-xs1", "周西林", Role.VILLAGE, "511999102001"),
            officer("village-xs2", "吴石磊", Role.VILLAGE, "511999102002"),
            officer("village-xs3", "郑南平", Role.VILLAGE, "511999102003"),
            officer("supervisor", "钱主管", Role.SUPERVISOR, "511999000000"),
            officer("inspector", "冯纪检", Role.INSPECTOR, "511999000000"),
            officer("admin", "系统管理员", Role.ADMIN, "511999000000"));

    private final RegionService regions;
    private final OfficerService officers;

    DemoData(RegionService regions, OfficerService officers) {
        this.regions = regions;
        this.officers = officers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (regions.isEmpty()) {
            REGIONS.forEach(region -> regions.create(region, LOADER));
            log.info("Loaded the demo jurisdiction: {} regions", REGIONS.size());
        }
        if (officers.isEmpty()) {
            OFFICERS.forEach(officer -> officers.create(officer, LOADER));
            log.info("Loaded the demo accounts: {} officers", OFFICERS.size());
        }
    }

    private static OfficerDraft officer(String username, String name, Role role, String regionCode) {
        return new OfficerDraft(username, name, role, regionCode, true, PASSWORD);
    }
}
