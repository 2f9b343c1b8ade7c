package org.rectify.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.campaign.CampaignFixtures;
import org.rectify.campaign.CampaignLevel;
import org.rectify.campaign.CampaignPlan;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Roster;
import org.rectify.campaign.YearTarget;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.support.Enterprises;
import org.springframework.jdbc.core.JdbcTemplate;

/** A small started campaign for the report tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /**
     * A town campaign over three years (30 closures, 2 relocations) whose id no other test's case
     * uses, in a town of 9.96 bn yuan industrial sales.
     */
    static CampaignView freshCampaign(Campaigns campaigns, DataSource dataSource, String name) {
        LocalDate begin = LocalDate.now().withDayOfYear(1);
        return freshCampaign(campaigns, dataSource, new CampaignPlan(name, CampaignLevel.TOWN, "新桥镇", begin,
                begin.plusYears(3).minusDays(1), "镇化工企业专项整治工作领导小组", null, 30, 2,
                List.of(new YearTarget(1, 18, null), new YearTarget(2, 12, null)), new BigDecimal("996000")));
    }

    /** A city campaign of eight months without targets or area sales, as the city report describes it. */
    static CampaignView freshCityCampaign(Campaigns campaigns, DataSource dataSource, String name) {
        LocalDate begin = LocalDate.now().withDayOfYear(1);
        return freshCampaign(campaigns, dataSource, new CampaignPlan(name, CampaignLevel.CITY, "示范市", begin,
                begin.plusMonths(8).minusDays(1), "市化工行业整治工作领导小组", null, null, null, List.of()));
    }

    /** A campaign of this plan whose id no other test's case uses. */
    static CampaignView freshCampaign(Campaigns campaigns, DataSource dataSource, CampaignPlan plan) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        while (true) {
            CampaignView campaign = campaigns.create(plan, "district-office1");
            if (jdbc.queryForObject("select count(*) from enterprise_case where campaign_id = ?", Long.class,
                    campaign.id()) == 0) {
                return campaign;
            }
        }
    }

    /** n producers, the first above designated size with a high revenue, the rest small. */
    static List<EnterpriseDetails> producers(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new EnterpriseDetails(Enterprises.newCreditCode(),
                "第" + i + "化工厂 Chemical works No. " + i, "新桥镇", "村" + i, "工业路" + i + "号", "王建国",
                "0512-5555 0101", "化学原料和化学制品制造业", "植绒胶",
                i == 1 ? RevenueBand.ABOVE_5M : RevenueBand.BELOW_2M, i == 1, 12, new BigDecimal("3.50"),
                BusinessType.PRODUCER, LocalDate.of(1998, 5, 12), null,
                new BigDecimal(i == 1 ? "1200" : "90"))).toList();
    }

    /** Puts the enterprises on the roster, starts the campaign and runs its batch jobs as the executor would. */
    static void start(Roster roster, CampaignStart start, ManagementService managementService,
                      RuntimeService runtimeService, Long campaignId, List<EnterpriseDetails> enterprises) {
        enterprises.forEach(e -> roster.add(campaignId, e, false, "district-office1"));
        start.request(campaignId, "district-office1");
        CampaignFixtures.runStartJobs(managementService, runtimeService, campaignId, () -> { });
    }
}
