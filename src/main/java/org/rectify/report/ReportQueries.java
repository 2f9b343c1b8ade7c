package org.rectify.report;

import java.util.Collection;
import java.util.List;
import org.rectify.campaign.RosterEntry;
import org.rectify.closure.LicenceAction;
import org.rectify.enterprise.BusinessType;
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

    /** (RevenueBand or null, enterprises, their sales in 10,000 yuan) of one business type */
    @Query("""
            select e.enterprise.revenueBand, count(e), sum(e.enterprise.annualSales) from RosterEntry e
            where e.campaignId in :campaignIds and e.enterprise.businessType = :type
            group by e.enterprise.revenueBand""")
    List<Object[]> countByRevenueBand(Collection<Long> campaignIds, BusinessType type);

    @Query("""
            select count(e) from RosterEntry e
            where e.campaignId in :campaignIds and e.enterprise.businessType = :type and e.enterprise.aboveScale = true""")
    long countAboveScale(Collection<Long> campaignIds, BusinessType type);

    @Query("""
            select count(e) from RosterEntry e
            where e.campaignId in :campaignIds and e.enterprise.businessType = :type and e.enterprise.annualSales is null""")
    long countWithoutSales(Collection<Long> campaignIds, BusinessType type);

    /** (land reclaimed in mu, structures demolished in m²), each null where none was recorded */
    @Query("""
            select sum(c.landReclaimedMu), sum(c.structuresDemolishedSqm) from EnterpriseCase c
            where c.campaignId in :campaignIds""")
    List<Object[]> land(Collection<Long> campaignIds);

    /** cases with a decision of this kind; with except, only decisions other than that disposition */
    @Query("""
            select count(distinct d.caseId) from Decision d, EnterpriseCase c
            where c.id = d.caseId and c.campaignId in :campaignIds and d.kind = :kind
              and (:except is null or d.disposition <> :except)""")
    long countDecided(Collection<Long> campaignIds, Decision.Kind kind, Disposition except);

    /** (BusinessType, cases) that the joint review decided */
    @Query("""
            select c.enterprise.businessType, count(distinct c.id) from Decision d, EnterpriseCase c
            where c.id = d.caseId and c.campaignId in :campaignIds and d.kind = :kind
            group by c.enterprise.businessType""")
    List<Object[]> countDecidedByBusinessType(Collection<Long> campaignIds, Decision.Kind kind);

    /**
     * (disposition the review decided, disposition verification put in its place, cases) of the
     * cases the review listed; the enterprises added at verification have no review decision.
     */
    @Query("""
            select r.disposition, v.disposition, count(distinct v.caseId) from Decision v, Decision r, EnterpriseCase c
            where r.id = v.amendsId and c.id = v.caseId and c.campaignId in :campaignIds
              and v.kind = org.rectify.review.Decision.Kind.VERIFICATION
              and r.kind = org.rectify.review.Decision.Kind.REVIEW and c.addedAtVerification = false
            group by r.disposition, v.disposition""")
    List<Object[]> verificationAmendments(Collection<Long> campaignIds);

    @Query("""
            select count(c) from EnterpriseCase c
            where c.campaignId in :campaignIds and c.addedAtVerification = true""")
    long countAddedAtVerification(Collection<Long> campaignIds);

    /** the agencies (group ids) that gave a joint-review opinion */
    @Query("""
            select distinct o.agency from AgencyOpinion o, EnterpriseCase c
            where c.id = o.caseId and c.campaignId in :campaignIds""")
    List<String> reviewingAgencies(Collection<Long> campaignIds);

    /** (CaseOutcome, Disposition in force, cases) of the cases that ended */
    @Query("""
            select c.outcome, c.disposition, count(c) from EnterpriseCase c
            where c.campaignId in :campaignIds and c.outcome is not null group by c.outcome, c.disposition""")
    List<Object[]> countEndedByOutcomeAndDisposition(Collection<Long> campaignIds);

    /** (LicenceAction.Action, cases) */
    @Query("""
            select l.action, count(distinct l.caseId) from LicenceAction l, EnterpriseCase c
            where c.id = l.caseId and c.campaignId in :campaignIds group by l.action""")
    List<Object[]> countLicenceActions(Collection<Long> campaignIds);

    /** (safety production licences, discharge permits) with that fate, one per case */
    @Query("""
            select count(distinct case when l.safetyLicence = :fate then l.caseId end),
                   count(distinct case when l.dischargePermit = :fate then l.caseId end)
            from LicenceAction l, EnterpriseCase c where c.id = l.caseId and c.campaignId in :campaignIds""")
    List<Object[]> countPermits(Collection<Long> campaignIds, LicenceAction.PermitFate fate);

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
