package org.rectify.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * A campaign's view of the enterprise_case table: the figures of its progress come from here
 * (indexed GROUP BY queries on campaign_id, see V2__campaigns.sql), never from engine history.
 */
interface CampaignCases extends Repository<EnterpriseCase, Long> {

    Optional<EnterpriseCase> findFirstByEnterpriseIdAndCampaignIdOrderByIdDesc(Long enterpriseId, Long campaignId);

    @Query("select c.stage, count(c) from EnterpriseCase c where c.campaignId = :campaignId group by c.stage")
    List<Object[]> countByStage(Long campaignId);

    @Query("""
            select c.disposition, count(c) from EnterpriseCase c
            where c.campaignId = :campaignId group by c.disposition""")
    List<Object[]> countByDisposition(Long campaignId);

    @Query("select c.outcome, count(c) from EnterpriseCase c where c.campaignId = :campaignId group by c.outcome")
    List<Object[]> countByOutcome(Long campaignId);

    /** Cases that ended with one of the outcomes within [from, to). */
    @Query("""
            select count(c) from EnterpriseCase c
            where c.campaignId = :campaignId and c.outcome in :outcomes
              and c.closedAt >= :from and c.closedAt < :to""")
    long countEnded(Long campaignId, Collection<CaseOutcome> outcomes, Instant from, Instant to);

    /** Cases whose disposition in force is one of these and is due within [from, to). */
    @Query("""
            select count(c) from EnterpriseCase c
            where c.campaignId = :campaignId and c.disposition in :dispositions
              and c.deadline >= :from and c.deadline < :to""")
    long countDue(Long campaignId, Collection<Disposition> dispositions, LocalDate from, LocalDate to);

    // The cases behind those counts (the dashboard's links): the same conditions, listed by id.

    /** Cases whose disposition in force is one of these: the decided of a target. */
    @Query("""
            select c.id from EnterpriseCase c
            where c.campaignId = :campaignId and c.disposition in :dispositions order by c.id""")
    List<Long> idsDecided(Long campaignId, Collection<Disposition> dispositions);

    /** Cases that ended with one of the outcomes: the achieved of a target. */
    @Query("""
            select c.id from EnterpriseCase c
            where c.campaignId = :campaignId and c.outcome in :outcomes order by c.id""")
    List<Long> idsAchieved(Long campaignId, Collection<CaseOutcome> outcomes);

    /** The cases of {@link #countEnded}. */
    @Query("""
            select c.id from EnterpriseCase c
            where c.campaignId = :campaignId and c.outcome in :outcomes
              and c.closedAt >= :from and c.closedAt < :to order by c.id""")
    List<Long> idsEnded(Long campaignId, Collection<CaseOutcome> outcomes, Instant from, Instant to);

    /** The cases of {@link #countDue}. */
    @Query("""
            select c.id from EnterpriseCase c
            where c.campaignId = :campaignId and c.disposition in :dispositions
              and c.deadline >= :from and c.deadline < :to order by c.id""")
    List<Long> idsDue(Long campaignId, Collection<Disposition> dispositions, LocalDate from, LocalDate to);
}
