package org.yangguang.campaign.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.campaign.CampaignReport;

@Mapper
public interface CampaignMapper {

    int insertCampaign(@Param("id") CampaignId id, @Param("countyCode") String countyCode, @Param("name") String name,
            @Param("deadline") LocalDate deadline, @Param("actor") String actor, @Param("at") Instant at);

    int insertTownship(@Param("campaignId") long campaignId, @Param("townshipCode") String townshipCode);

    /** Lists the ACTIVE households under the prefixes; answers how many. */
    int listHouseholds(@Param("campaignId") long campaignId, @Param("patterns") List<String> likePatterns);

    int setHouseholds(@Param("campaignId") long campaignId, @Param("households") int households);

    CampaignRow find(long campaignId);

    /** The row, locked until the transaction ends: one batch of a campaign at a time. */
    CampaignRow lock(long campaignId);

    List<CampaignRow> findOfCounty(@Param("countyCode") String countyCode);

    List<Long> findRunning();

    List<String> findTownships(long campaignId);

    /** Listed households not reached yet, after the id, in id order. */
    List<Long> findWaiting(@Param("campaignId") long campaignId, @Param("after") long afterHouseholdId,
            @Param("limit") int limit);

    int mark(@Param("campaignId") long campaignId, @Param("householdId") long householdId, @Param("caseId") Long caseId,
            @Param("outcome") String outcome);

    int advance(@Param("campaignId") long campaignId, @Param("created") int created, @Param("attached") int attached,
            @Param("skipped") int skipped);

    /** RUNNING → DONE; 0 when another run finished it first. */
    int finish(@Param("campaignId") long campaignId, @Param("at") Instant at);

    /** Outcomes of the campaign's re-checks that have taken effect. */
    List<CampaignReport.Count> countOutcomes(long campaignId);

    /** Exit reasons of the campaign's re-checks that stopped the allowance (or began its gradual exit). */
    List<CampaignReport.Count> countExitReasons(long campaignId);

    /** Households under the prefixes enrolled (allowance history ENROLMENT) within the instants. */
    int countEnrolled(@Param("patterns") List<String> likePatterns, @Param("from") Instant from, @Param("to") Instant to);

    /** Receives a generated key. */
    class CampaignId {
        private Long value;

        public Long getValue() {
            return value;
        }

        public void setValue(Long value) {
            this.value = value;
        }
    }
}
