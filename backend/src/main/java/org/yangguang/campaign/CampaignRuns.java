package org.yangguang.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.campaign.CampaignEvents.CampaignCompleted;
import org.yangguang.campaign.CampaignEvents.CampaignInterrupted;
import org.yangguang.campaign.CampaignEvents.CampaignResumed;
import org.yangguang.campaign.internal.CampaignMapper;
import org.yangguang.campaign.internal.CampaignRow;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.recheck.RecheckTrigger;
import org.yangguang.recheck.Rechecks;

/**
 * Carries campaigns on in the background, one after the other. A batch locks the campaign row,
 * takes the next listed households not reached yet, starts (or attaches) their re-checks, marks
 * them and moves the counters, all in one transaction: a failure or a crash loses at most the
 * batch in progress, which the next run does again. Campaigns left RUNNING are taken up when the
 * application is ready.
 */
@Service
public class CampaignRuns implements DisposableBean {

    static final String CREATED = "CREATED";
    static final String ATTACHED = "ATTACHED";
    static final String SKIPPED = "SKIPPED";

    private static final Logger log = LoggerFactory.getLogger(CampaignRuns.class);

    private final CampaignMapper store;
    private final HouseholdService households;
    private final Rechecks rechecks;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batchSize;
    private final boolean background;
    private final Set<Long> inProgress = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "campaign-runs");
        thread.setDaemon(true);
        return thread;
    });

    CampaignRuns(CampaignMapper store, HouseholdService households, Rechecks rechecks,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock,
            @Value("${yangguang.campaigns.batch-size:100}") int batchSize,
            @Value("${yangguang.campaigns.background-runs:true}") boolean background) {
        this.store = store;
        this.households = households;
        this.rechecks = rechecks;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
        this.background = background;
    }

    /** Queues the campaign for the background worker (unless it is queued or running already). */
    void submit(long campaignId) {
        if (background && inProgress.add(campaignId)) {
            worker.submit(() -> {
                try {
                    runNow(campaignId);
                } catch (RuntimeException e) {
                    log.error("Campaign {} stopped; it resumes at the next start", campaignId, e);
                    interrupted(campaignId, e);
                } finally {
                    inProgress.remove(campaignId);
                }
            });
        }
    }

    /** After a restart: every campaign still RUNNING is taken up again. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (long campaignId : store.findRunning()) {
            CampaignRow row = store.find(campaignId);
            events.publishEvent(new CampaignResumed(row.startedBy(), campaignId,
                    row.created() + row.attached() + row.skipped(), row.households()));
            submit(campaignId);
        }
    }

    /** Whether the background worker holds the campaign (queued or running). */
    boolean busy(long campaignId) {
        return inProgress.contains(campaignId);
    }

    /** Carries the campaign to its end in the calling thread. */
    void runNow(long campaignId) {
        long after = 0;
        while (true) {
            long from = after;
            Long last = transactions.execute(tx -> batch(campaignId, from));
            if (last == null) {
                break;
            }
            after = last;
        }
        transactions.executeWithoutResult(tx -> {
            if (store.finish(campaignId, clock.instant()) == 1) {
                CampaignRow done = store.find(campaignId);
                events.publishEvent(new CampaignCompleted(done.startedBy(), campaignId, done.households(), done.created(),
                        done.attached(), done.skipped()));
            }
        });
    }

    /** One batch; answers the last household reached, or null when none was waiting. */
    private Long batch(long campaignId, long after) {
        CampaignRow campaign = store.lock(campaignId);
        if (campaign == null || Campaign.DONE.equals(campaign.status())) {
            return null;
        }
        List<Long> waiting = store.findWaiting(campaignId, after, batchSize);
        if (waiting.isEmpty()) {
            return null;
        }
        int created = 0;
        int attached = 0;
        int skipped = 0;
        for (long householdId : waiting) {
            Household household = households.find(householdId).orElse(null);
            if (household == null || household.status() != HouseholdStatus.ACTIVE) {
                store.mark(campaignId, householdId, null, SKIPPED);
                skipped++;
                continue;
            }
            Rechecks.Started started = rechecks.start(householdId, RecheckTrigger.CAMPAIGN, campaign.name(), campaignId,
                    campaign.deadline(), campaign.startedBy());
            store.mark(campaignId, householdId, started.record().caseId(), started.created() ? CREATED : ATTACHED);
            if (started.created()) {
                created++;
            } else {
                attached++;
            }
        }
        store.advance(campaignId, created, attached, skipped);
        return waiting.get(waiting.size() - 1);
    }

    private void interrupted(long campaignId, RuntimeException e) {
        try {
            CampaignRow row = store.find(campaignId);
            events.publishEvent(new CampaignInterrupted(row.startedBy(), campaignId,
                    row.created() + row.attached() + row.skipped(), e.getClass().getSimpleName()));
        } catch (RuntimeException again) {
            log.error("Campaign {}: the interruption could not be recorded", campaignId, again);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
