package org.rectify.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.rectify.campaign.RosterEntry;
import org.rectify.enterprise.Disposition;
import org.rectify.review.Decision;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The summary's reads over one or several campaigns: the GROUP BY counts and sums of the
 * situation and of the work done.
 */
interface ReportQueries extends Repository<RosterEntry, Long> {

    @Query("""
            select e.enterprise.businessType, count(e) from RosterEntry e
            where e.campaignId in :campaignIds group by e.enterprise.businessType""")
    List<Object[]> countByBusinessType(Collection<Long> campaignIds);

    /** (RevenueBand or null, enterprises, their sales in 10,000 yuan) */
    @Query("""
            select e.enterprise.revenueBand, count(e), sum(e.enterprise.annualSales) from RosterEntry e
            where e.campaignId in :campaignIds group by e.enterprise.revenueBand""")
    List<Object[]> countByRevenueBand(Collection<Long> campaignIds);

    @Query("select count(e) from RosterEntry e where e.campaignId in :campaignIds and e.enterprise.aboveScale = true")
    long countAboveScale(Collection<Long> campaignIds);

    @Query("""
            select count(e) from RosterEntry e
            where e.campaignId in :campaignIds and e.enterprise.annualSales is null""")
    long countWithoutSales(Collection<Long> campaignIds);

    @Query("select sum(c.landReclaimedMu) from EnterpriseCase c where c.campaignId in :campaignIds")
    BigDecimal landReclaimedMu(Collection<Long> campaignIds);

    /** cases with a decision of this kind; with except, only decisions other than that disposition */
    @Query("""
            select count(distinct d.caseId) from Decision d, EnterpriseCase c
            where c.id = d.caseId and c.campaignId in :campaignIds and d.kind = :kind
              and (:except is null or d.disposition <> :except)""")
    long countDecided(Collection<Long> campaignIds, Decision.Kind kind, Disposition except);

    @Query("""
            select count(c) from EnterpriseCase c
            where c.campaignId in :campaignIds and c.addedAtVerification = true""")
    long countAddedAtVerification(Collection<Long> campaignIds);

    /** (Hazard.Status, count) */
    @Query("""
            select h.status, count(h) from Hazard h, EnterpriseCase c
            where c.id = h.caseId and c.campaignId in :campaignIds group by h.status""")
    List<Object[]> countHazardsByStatus(Collection<Long> campaignIds);

    /** (unit type, units) */
    @Query("""
            select u.unitType, sum(u.unitCount) from EliminatedUnit u, EnterpriseCase c
            where c.id = u.caseId and c.campaignId in :campaignIds group by u.unitType order by u.unitType""")
    List<Object[]> eliminatedUnits(Collection<Long> campaignIds);
}
