package org.rectify.rectification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The GROUP BY reads behind {@link FirmPerformance}: through enterprise_case.campaign_id (indexed)
 * to firm_report.case_id (indexed), one row per firm. everyCampaign: every report on record,
 * campaign or not (campaignIds is then not read but must not be empty).
 */
interface FirmPerformanceQueries extends Repository<FirmReport, Long> {

    /** (firm id, reports, late, average seconds from request to submission, returned) */
    @Query("""
            select f.firmId, count(f),
                   sum(case when f.submittedAt > f.dueAt then 1 else 0 end),
                   avg((f.submittedAt - f.requestedAt) by second),
                   sum(case when f.returnedAt is not null then 1 else 0 end)
            from FirmReport f, EnterpriseCase c
            where c.id = f.caseId and f.firmId is not null
              and (:everyCampaign = true or c.campaignId in :campaignIds)
            group by f.firmId""")
    List<Object[]> figures(boolean everyCampaign, Collection<Long> campaignIds);

    /** (firm id, credit code, enterprise name) of the cases where the firm was late or had its report returned */
    @Query("""
            select distinct f.firmId, e.creditCode, e.name
            from FirmReport f, EnterpriseCase c join c.enterprise e
            where c.id = f.caseId and f.firmId is not null
              and (:everyCampaign = true or c.campaignId in :campaignIds)
              and (f.returnedAt is not null or f.submittedAt > f.dueAt)
            order by e.creditCode""")
    List<Object[]> lateOrReturned(boolean everyCampaign, Collection<Long> campaignIds);
}
