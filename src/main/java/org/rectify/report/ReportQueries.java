package org.rectify.report;

import java.math.BigDecimal;
import java.util.List;
import org.rectify.campaign.RosterEntry;
import org.rectify.enterprise.Disposition;
import org.rectify.review.Decision;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The report's reads: one row per roster entry with its case, and the situation's GROUP BY counts. */
interface ReportQueries extends Repository<RosterEntry, Long> {

    /** (Enterprise, EnterpriseCase or null) in roster order */
    @Query("""
            select e.enterprise, c from RosterEntry e left join EnterpriseCase c on c.id = e.caseId
            where e.campaignId = :campaignId order by e.id""")
    List<Object[]> ledger(Long campaignId);

    @Query("""
            select e.enterprise.businessType, count(e) from RosterEntry e
            where e.campaignId = :campaignId group by e.enterprise.businessType""")
    List<Object[]> countByBusinessType(Long campaignId);

    @Query("""
            select e.enterprise.revenueBand, count(e) from RosterEntry e
            where e.campaignId = :campaignId group by e.enterprise.revenueBand""")
    List<Object[]> countByRevenueBand(Long campaignId);

    @Query("select count(e) from RosterEntry e where e.campaignId = :campaignId and e.enterprise.aboveScale = true")
    long countAboveScale(Long campaignId);

    @Query("select sum(c.landReclaimedMu) from EnterpriseCase c where c.campaignId = :campaignId")
    BigDecimal landReclaimedMu(Long campaignId);

    /** cases with a decision of this kind; with except, only decisions other than that disposition */
    @Query("""
            select count(distinct d.caseId) from Decision d, EnterpriseCase c
            where c.id = d.caseId and c.campaignId = :campaignId and d.kind = :kind
              and (:except is null or d.disposition <> :except)""")
    long countDecided(Long campaignId, Decision.Kind kind, Disposition except);

    @Query("select count(c) from EnterpriseCase c where c.campaignId = :campaignId and c.addedAtVerification = true")
    long countAddedAtVerification(Long campaignId);

    @Query("select c.id from EnterpriseCase c where c.campaignId = :campaignId")
    List<Long> caseIds(Long campaignId);

    /** (Hazard.Status, count) */
    @Query("""
            select h.status, count(h) from Hazard h, EnterpriseCase c
            where c.id = h.caseId and c.campaignId = :campaignId group by h.status""")
    List<Object[]> countHazardsByStatus(Long campaignId);

    /** (unit type, units) */
    @Query("""
            select u.unitType, sum(u.unitCount) from EliminatedUnit u, EnterpriseCase c
            where c.id = u.caseId and c.campaignId = :campaignId group by u.unitType order by u.unitType""")
    List<Object[]> eliminatedUnits(Long campaignId);
}
