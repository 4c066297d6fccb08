package org.yangguang.verification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.common.NotFoundException;
import org.yangguang.region.RegionScope;
import org.yangguang.verification.VerificationEvents.WarningResolved;
import org.yangguang.verification.VerificationEvents.WarningsRaised;
import org.yangguang.verification.internal.VerificationMapper;

/** Stores warnings once each, reads them, and settles them (cleared by evidence, or confirmed). */
@Service
public class Warnings {

    private final VerificationMapper store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Warnings(VerificationMapper store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    /** Stores the drafts not stored before; answers the new ones (and announces them). */
    @Transactional
    public List<Warning> raise(long householdId, List<WarningDraft> drafts) {
        int added = 0;
        for (WarningDraft draft : drafts) {
            added += store.insertWarningIfNew(householdId, draft, clock.instant());
        }
        if (added == 0) {
            return List.of();
        }
        List<Warning> all = store.findWarnings(householdId, null, null);
        List<Warning> raised = new ArrayList<>(all.subList(all.size() - added, all.size()));
        events.publishEvent(new WarningsRaised(householdId, raised));
        return raised;
    }

    public List<Warning> ofHousehold(long householdId) {
        return store.findWarnings(householdId, null, null);
    }

    public List<Warning> openOf(long householdId) {
        return store.findWarnings(householdId, WarningStatus.OPEN.name(), null);
    }

    public List<Warning> in(RegionScope scope, WarningStatus status) {
        return store.findWarnings(null, status == null ? null : status.name(), scope.likePattern());
    }

    public Warning require(long warningId) {
        Warning warning = store.findWarning(warningId);
        if (warning == null) {
            throw new NotFoundException("verification.warnings.notFound");
        }
        return warning;
    }

    @Transactional
    public void resolve(long warningId, WarningStatus status, String actor, String resolution) {
        if (store.resolve(warningId, status.name(), actor, resolution, clock.instant()) == 1) {
            events.publishEvent(new WarningResolved(store.findWarning(warningId), actor));
        }
    }
}
