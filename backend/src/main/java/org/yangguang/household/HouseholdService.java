package org.yangguang.household;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.common.NotFoundException;
import org.yangguang.household.HouseholdEvents.AllowanceSet;
import org.yangguang.household.HouseholdEvents.DeclarationReplaced;
import org.yangguang.household.HouseholdEvents.HouseholdRegistered;
import org.yangguang.household.HouseholdEvents.StatusChanged;
import org.yangguang.household.internal.HouseholdInsert;
import org.yangguang.household.internal.HouseholdMapper;
import org.yangguang.household.internal.HouseholdRow;

/** Stores households: their declarations (validated by {@link HouseholdRules} beforehand), status and allowance. */
@Service
public class HouseholdService {

    private static final int IN_LIST_LIMIT = 1000;
    private static final int LIST_LIMIT = 1000;

    private final HouseholdMapper households;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    HouseholdService(HouseholdMapper households, Clock clock, ApplicationEventPublisher events) {
        this.households = households;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Household> find(long householdId) {
        HouseholdRow row = households.findById(householdId);
        return row == null ? Optional.empty() : Optional.of(assemble(row));
    }

    public Household require(long householdId) {
        return find(householdId).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** Stores a validated form as a household in status APPLYING. */
    @Transactional
    public Household register(HouseholdForm form, String actor) {
        Instant now = clock.instant();
        HouseholdInsert insert = new HouseholdInsert(row(null, form, HouseholdStatus.APPLYING, now));
        households.insert(insert);
        long id = insert.getId();
        insertLists(id, form);
        Household household = require(id);
        events.publishEvent(new HouseholdRegistered(household, actor));
        return household;
    }

    /** Replaces the whole declaration (supplement, re-check); status and allowance stay. */
    @Transactional
    public Household replaceDeclaration(long householdId, HouseholdForm form, String actor) {
        Household before = require(householdId);
        households.updateDeclaration(row(householdId, form, before.status(), clock.instant()));
        households.deleteMembers(householdId);
        households.deleteIncomes(householdId);
        households.deleteAssets(householdId);
        households.deleteSupporters(householdId);
        insertLists(householdId, form);
        Household after = require(householdId);
        events.publishEvent(new DeclarationReplaced(before, after, actor));
        return after;
    }

    @Transactional
    public void changeStatus(long householdId, HouseholdStatus status, String actor) {
        Household before = require(householdId);
        if (before.status() != status) {
            households.updateStatus(householdId, status, clock.instant());
            events.publishEvent(new StatusChanged(householdId, before.status(), status, actor));
        }
    }

    @Transactional
    public Household setAllowance(
            long householdId, BigDecimal monthlyAmount, BigDecimal perCapitaIncome, YearMonth paymentStart, String actor) {
        Household before = require(householdId);
        households.updateAllowance(
                householdId,
                monthlyAmount,
                perCapitaIncome,
                paymentStart == null ? null : paymentStart.toString(),
                clock.instant());
        Household after = require(householdId);
        events.publishEvent(new AllowanceSet(before, after, actor));
        return after;
    }

    /**
     * Those of the given ID numbers that already belong to another household being processed or
     * receiving the allowance: a person is in one case at a time and is never paid twice.
     */
    public List<String> membersOfOtherOpenHouseholds(List<String> idNumbers, Long exceptHouseholdId) {
        if (idNumbers.isEmpty()) {
            return List.of();
        }
        return households.findMembersInOtherHouseholds(idNumbers, exceptHouseholdId, openStatuses()).stream()
                .map(HouseholdMapper.StoredIdNumber::idNumber)
                .distinct()
                .toList();
    }

    /** Households in the subtree, in a status or all, newest first. */
    public List<Household> list(org.yangguang.region.RegionScope scope, HouseholdStatus status) {
        return households.findInScope(scope.likePattern(), status, LIST_LIMIT).stream().map(this::assemble).toList();
    }

    /** Open households (applying or receiving) with a member or supporter among the ID numbers. */
    public List<Long> openHouseholdsWithPeople(java.util.Collection<String> idNumbers) {
        List<Long> found = new java.util.ArrayList<>();
        List<String> all = List.copyOf(idNumbers);
        for (int from = 0; from < all.size(); from += IN_LIST_LIMIT) {
            found.addAll(households.findHouseholdsWithPeople(all.subList(from, Math.min(all.size(), from + IN_LIST_LIMIT)),
                    openStatuses()));
        }
        return found.stream().distinct().sorted().toList();
    }

    /** The next open households after the id, in id order (for runs over all of them). */
    public List<Long> openHouseholdsAfter(long afterId, int limit) {
        return households.findHouseholdIdsAfter(afterId, openStatuses(), limit);
    }

    /** Households that are or were receiving money (ACTIVE, GRADUAL_EXIT, STOPPED) in the scope, by id after a cursor. */
    public List<Long> enrolledHouseholdsAfter(org.yangguang.region.RegionScope scope, long afterId, int limit) {
        return households.findHouseholdIdsInScopeAfter(scope.likePattern(), afterId,
                List.of(HouseholdStatus.ACTIVE, HouseholdStatus.GRADUAL_EXIT, HouseholdStatus.STOPPED), limit);
    }

    public int countOpen() {
        return households.countInStatuses(openStatuses());
    }

    private static List<HouseholdStatus> openStatuses() {
        return Arrays.stream(HouseholdStatus.values()).filter(HouseholdStatus::isOpen).toList();
    }

    private void insertLists(long id, HouseholdForm form) {
        households.insertMembers(id, Declarations.members(form));
        List<Income> incomes = Declarations.incomes(form);
        if (!incomes.isEmpty()) {
            households.insertIncomes(id, incomes);
        }
        List<Asset> assets = Declarations.assets(form);
        if (!assets.isEmpty()) {
            households.insertAssets(id, assets);
        }
        List<Supporter> supporters = Declarations.supporters(form);
        if (!supporters.isEmpty()) {
            households.insertSupporters(id, supporters);
        }
    }

    private static HouseholdRow row(Long id, HouseholdForm form, HouseholdStatus status, Instant now) {
        return new HouseholdRow(
                id,
                form.regionCode(),
                form.address().trim(),
                Declarations.trim(form.phone()),
                Declarations.trim(form.bankAccount()),
                Boolean.TRUE.equals(form.consentToPublishIncome()),
                Boolean.TRUE.equals(form.authorizationSigned()),
                Boolean.TRUE.equals(form.pledgeSigned()),
                Boolean.TRUE.equals(form.relativeOfOfficer()),
                status,
                null,
                null,
                null,
                now,
                now,
                null,
                null,
                null,
                null);
    }

    private Household assemble(HouseholdRow row) {
        long id = row.id();
        return new Household(
                id,
                row.regionCode(),
                row.address(),
                row.phone(),
                row.bankAccount(),
                row.consentToPublishIncome(),
                row.authorizationSigned(),
                row.pledgeSigned(),
                row.relativeOfOfficer(),
                row.status(),
                row.monthlyAmount(),
                row.perCapitaIncome(),
                row.paymentStartMonth(),
                households.findMembers(id),
                households.findIncomes(id),
                households.findAssets(id),
                households.findSupporters(id),
                new RecheckSchedule(row.recheckClass(), row.recheckBase(), row.nextRecheck(), row.gradualExitUntil()));
    }
}
