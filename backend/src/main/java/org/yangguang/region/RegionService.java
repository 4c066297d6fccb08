package org.yangguang.region;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.common.ConflictException;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.region.internal.RegionMapper;

/** Reads the administrative tree and lets an administrator grow and rename it. */
@Service
public class RegionService {

    private final RegionMapper regions;
    private final ApplicationEventPublisher events;

    RegionService(RegionMapper regions, ApplicationEventPublisher events) {
        this.regions = regions;
        this.events = events;
    }

    public Optional<Region> find(String code) {
        return RegionCodes.isWellFormed(code) ? Optional.ofNullable(regions.findByCode(code)) : Optional.empty();
    }

    public Region require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("region.notFound", code));
    }

    public List<Region> listAll() {
        return regions.findAll();
    }

    public List<Region> listIn(RegionScope scope) {
        return regions.findInScope(scope.likePattern());
    }

    public boolean isEmpty() {
        return regions.countAll() == 0;
    }

    @Transactional
    public Region create(Region region, String actor) {
        Violations violations = new Violations();
        violations.addIf(region.name() == null || region.name().isBlank(), "name", "region.name.required");
        violations.addIf(region.kind() == null, "kind", "region.kind.required");
        if (region.kind() != null) {
            Region parent = region.parentCode() == null ? null : regions.findByCode(region.parentCode());
            RegionCodes.check(region.code(), region.kind(), parent, violations);
        }
        violations.throwIfAny();
        if (regions.findByCode(region.code()) != null) {
            throw new ConflictException("region.exists", region.code());
        }
        Region stored = new Region(region.code(), region.name().trim(), region.kind(), region.parentCode());
        regions.insert(stored);
        events.publishEvent(new RegionEvents.RegionCreated(stored, actor));
        return stored;
    }

    @Transactional
    public Region rename(String code, String name, String actor) {
        Region before = require(code);
        Violations.rejectIf(name == null || name.isBlank(), "name", "region.name.required");
        regions.rename(code, name.trim());
        events.publishEvent(new RegionEvents.RegionRenamed(code, before.name(), name.trim(), actor));
        return require(code);
    }
}
