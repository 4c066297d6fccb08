package org.yangguang.household.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.household.Asset;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.household.Income;
import org.yangguang.household.Member;
import org.yangguang.household.Supporter;

@Mapper
public interface HouseholdMapper {

    void insert(HouseholdInsert row);

    HouseholdRow findById(long id);

    List<HouseholdRow> findInScope(@Param("likePattern") String likePattern, @Param("status") HouseholdStatus status,
            @Param("limit") int limit);

    List<Member> findMembers(long householdId);

    List<Income> findIncomes(long householdId);

    List<Asset> findAssets(long householdId);

    List<Supporter> findSupporters(long householdId);

    void insertMembers(@Param("householdId") long householdId, @Param("members") List<Member> members);

    void insertIncomes(@Param("householdId") long householdId, @Param("incomes") List<Income> incomes);

    void insertAssets(@Param("householdId") long householdId, @Param("assets") List<Asset> assets);

    void insertSupporters(@Param("householdId") long householdId, @Param("supporters") List<Supporter> supporters);

    void deleteMembers(long householdId);

    void deleteIncomes(long householdId);

    void deleteAssets(long householdId);

    void deleteSupporters(long householdId);

    int updateDeclaration(HouseholdRow row);

    int updateStatus(@Param("id") long id, @Param("status") HouseholdStatus status, @Param("at") Instant at);

    int updateAllowance(
            @Param("id") long id,
            @Param("monthlyAmount") BigDecimal monthlyAmount,
            @Param("perCapitaIncome") BigDecimal perCapitaIncome,
            @Param("paymentStartMonth") String paymentStartMonth,
            @Param("at") Instant at);

    /** Households in one of the statuses with a member or supporter among the ID numbers. */
    List<Long> findHouseholdsWithPeople(@Param("idNumbers") java.util.Collection<String> idNumbers,
            @Param("statuses") List<HouseholdStatus> statuses);

    /** The next households in one of the statuses after the id, in id order. */
    List<Long> findHouseholdIdsInScopeAfter(@Param("pattern") String pattern, @Param("afterId") long afterId,
            @Param("statuses") List<HouseholdStatus> statuses, @Param("limit") int limit);

    List<Long> findHouseholdIdsAfter(@Param("afterId") long afterId, @Param("statuses") List<HouseholdStatus> statuses,
            @Param("limit") int limit);

    int countInStatuses(@Param("statuses") List<HouseholdStatus> statuses);

    /** An ID number read from a sealed column (a bare {@code String} result would skip its type handler). */
    record StoredIdNumber(String idNumber) {}

    /**
     * Those of the given ID numbers that are members of another household in one of the statuses,
     * once per household holding them.
     */
    List<StoredIdNumber> findMembersInOtherHouseholds(
            @Param("idNumbers") List<String> idNumbers,
            @Param("exceptHouseholdId") Long exceptHouseholdId,
            @Param("statuses") List<HouseholdStatus> statuses);
}
