package org.yangguang.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.campaign.CampaignEvents.CampaignStarted;
import org.yangguang.campaign.internal.CampaignMapper;
import org.yangguang.campaign.internal.CampaignRow;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.PlainText;
import org.yangguang.common.Violations;
import org.yangguang.recheck.RecheckOutcome;
import org.yangguang.region.Region;
import org.yangguang.region.RegionCodes;
import org.yangguang.region.RegionKind;
import org.yangguang.region.RegionScope;
import org.yangguang.region.RegionService;

/**
 * Starts a county's campaign (lists the ACTIVE households of its townships in one transaction,
 * then hands it to {@link CampaignRuns}), shows its progress and reports what it found.
 */
@Service
public class Campaigns {

    static final int NAME_LIMIT = 100;

    private final CampaignMapper store;
    private final CampaignRuns runs;
    private final RegionService regions;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Campaigns(CampaignMapper store, CampaignRuns runs, RegionService regions,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.runs = runs;
        this.regions = regions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
    }

    /** What a county officer asks for; the deadline already parsed (null when missing or malformed). */
    public record Request(String name, List<String> townshipCodes, LocalDate deadline, boolean deadlineMalformed) {}

    /** Checks the request (every broken field at once), stores the campaign with its households and starts its run. */
    public Campaign start(String countyCode, Request request, String actor) {
        Violations violations = new Violations();
        String name = PlainText.of(request.name());
        violations.addIf(name == null, "name", "campaign.name.required");
        violations.addIf(name != null && name.length() > NAME_LIMIT, "name", "campaign.name.tooLong", NAME_LIMIT);
        if (request.deadlineMalformed()) {
            violations.add("deadline", "campaign.deadline.format");
        } else {
            violations.addIf(request.deadline() == null, "deadline", "campaign.deadline.required");
            violations.addIf(request.deadline() != null && !request.deadline().isAfter(LocalDate.now(clock)), "deadline",
                    "campaign.deadline.past");
        }
        List<String> townships = townships(countyCode, request.townshipCodes(), violations);
        violations.throwIfAny();

        long campaignId = transactions.execute(tx -> {
            CampaignMapper.CampaignId id = new CampaignMapper.CampaignId();
            store.insertCampaign(id, countyCode, name, request.deadline(), actor, clock.instant());
            townships.forEach(code -> store.insertTownship(id.getValue(), code));
            int households = store.listHouseholds(id.getValue(), patterns(townships));
            store.setHouseholds(id.getValue(), households);
            events.publishEvent(new CampaignStarted(actor, id.getValue(), countyCode, name, townships,
                    request.deadline(), households));
            return id.getValue();
        });
        runs.submit(campaignId);
        return find(campaignId).orElseThrow();
    }

    public List<Campaign> of(String countyCode) {
        return store.findOfCounty(countyCode).stream().map(this::assemble).toList();
    }

    public Optional<Campaign> find(long campaignId) {
        return Optional.ofNullable(store.find(campaignId)).map(this::assemble);
    }

    /** The campaign when its county lies in the readable scope; else 404. */
    public Campaign require(long campaignId, RegionScope readable) {
        return find(campaignId).filter(c -> readable.contains(c.countyCode()))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    public CampaignReport report(Campaign campaign) {
        List<CampaignReport.Count> byOutcome = store.countOutcomes(campaign.campaignId());
        List<CampaignReport.Count> byExitReason = store.countExitReasons(campaign.campaignId());
        int decided = byOutcome.stream().mapToInt(CampaignReport.Count::count).sum();
        int cancelled = byOutcome.stream()
                .filter(c -> c.code().equals(RecheckOutcome.STOP.name()) || c.code().equals(RecheckOutcome.GRADUAL_EXIT.name()))
                .mapToInt(CampaignReport.Count::count).sum();
        int rechecked = campaign.created() + campaign.attached();
        Instant from = campaign.startedAt();
        Instant to = campaign.deadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusMillis(1);
        int newlyIncluded = store.countEnrolled(patterns(campaign.townshipCodes()), from, to);
        return new CampaignReport(campaign.campaignId(), campaign.households(), rechecked, campaign.skipped(), decided,
                rechecked - decided, byOutcome, byExitReason, cancelled, rate(cancelled, rechecked), newlyIncluded, from, to);
    }

    /** Percent with two places, half-up; "0.00" of nothing. */
    static String rate(int part, int whole) {
        if (whole == 0) {
            return "0.00";
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private List<String> townships(String countyCode, List<String> codes, Violations violations) {
        if (codes == null || codes.isEmpty()) {
            violations.add("townshipCodes", "campaign.townships.required");
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String field = "townshipCodes[" + i + "]";
            if (!RegionCodes.isWellFormed(code)) {
                violations.add(field, "region.code.format");
                continue;
            }
            Optional<Region> region = regions.find(code);
            if (region.isEmpty()) {
                violations.add(field, "region.notFound", code);
            } else if (region.get().kind() != RegionKind.TOWNSHIP) {
                violations.add(field, "campaign.township.notTownship", code);
            } else if (!RegionCodes.countyOf(code).equals(countyCode)) {
                violations.add(field, "campaign.township.outsideCounty", code);
            } else {
                unique.add(code);
            }
        }
        return new ArrayList<>(unique);
    }

    private static List<String> patterns(List<String> townships) {
        return townships.stream().map(code -> new Region(code, code, RegionKind.TOWNSHIP, null).scope().likePattern())
                .toList();
    }

    private Campaign assemble(CampaignRow row) {
        return new Campaign(row.id(), row.countyCode(), row.name(), store.findTownships(row.id()), row.deadline(),
                row.status(), row.households(), row.created(), row.attached(), row.skipped(), row.startedBy(),
                row.startedAt(), row.finishedAt());
    }
}
