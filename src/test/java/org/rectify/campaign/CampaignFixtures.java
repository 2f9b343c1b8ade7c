package org.rectify.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.support.Enterprises;
import org.springframework.jdbc.core.JdbcTemplate;

/** Campaigns, rosters and the jobs of their start, for the campaign tests. */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    /** The town report's campaign: three years, 30 closures and 2 relocations, 18 and 12 in years one and two. */
    public static CampaignPlan townPlan(String name) {
        LocalDate begin = LocalDate.now().withDayOfYear(1);
        return new CampaignPlan(name, CampaignLevel.TOWN, "新桥镇", begin, begin.plusYears(3).minusDays(1),
                "镇化工企业专项整治工作领导小组", null, 30, 2,
                List.of(new YearTarget(1, 18, null), new YearTarget(2, 12, null)));
    }

    /**
     * A campaign whose id no case uses yet: other tests open cases with made-up campaign ids
     * (3, 7, ...), and a campaign must not inherit them.
     */
    static CampaignView freshCampaign(Campaigns campaigns, DataSource dataSource, String name) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        while (true) {
            CampaignView campaign = campaigns.create(townPlan(name), "district-office1");
            Long used = jdbc.queryForObject("select count(*) from enterprise_case where campaign_id = ?", Long.class,
                    campaign.id());
            if (used == 0) {
                return campaign;
            }
        }
    }

    /** n producers with their own valid codes, numbered in their names. */
    static List<EnterpriseDetails> producers(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(CampaignFixtures::producer).toList();
    }

    public static EnterpriseDetails producer(int number) {
        return new EnterpriseDetails(Enterprises.newCreditCode(), "第" + number + "化工厂 Chemical works No. " + number,
                "新桥镇", "东村", "东村工业路" + number + "号", "王建国", "0512-5555 0101", "化学原料和化学制品制造业",
                "植绒胶", RevenueBand.BELOW_2M, false, 12, new BigDecimal("3.50"), BusinessType.PRODUCER,
                LocalDate.of(1998, 5, 12), null, new BigDecimal("150.00"));
    }

    static EnterpriseDetails renamed(EnterpriseDetails d, String name) {
        return new EnterpriseDetails(d.creditCode(), name, d.township(), d.village(), d.address(),
                d.legalRepresentative(), d.contactPhone(), d.industryCategory(), d.products(), d.revenueBand(),
                d.aboveScale(), d.employees(), d.siteAreaMu(), d.businessType(), d.eiaApprovalDate(),
                d.safetyApprovalDate(), d.annualSales());
    }

    /**
     * Runs the batch jobs of a campaign's start one by one (one start instance per batch), as the job
     * executor would; afterEach sees the progress.
     */
    public static int runStartJobs(ManagementService managementService, RuntimeService runtimeService, Long campaignId,
                                   Runnable afterEach) {
        int executed = 0;
        List<Job> jobs;
        while (!(jobs = startJobs(managementService, runtimeService, campaignId)).isEmpty()) {
            for (Job job : jobs) {
                managementService.executeJob(job.getId());
                executed++;
                afterEach.run();
            }
        }
        return executed;
    }

    private static List<Job> startJobs(ManagementService managementService, RuntimeService runtimeService,
                                       Long campaignId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignStartVariables.PROCESS_ID)
                .processInstanceBusinessKey(CampaignStartVariables.businessKey(campaignId)).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId())
                        .executable().list().stream())
                .toList();
    }
}
