package org.rectify.campaign;

import java.time.LocalDate;
import java.util.List;
import org.rectify.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A realistic campaign right after the first start: the town report's three-year campaign with
 * its targets (30 closures and 2 relocations; 18 closures in year one, 12 in year two) and 117
 * synthetic producers. Their cases are opened by the job executor after start-up, through the
 * same batches as any campaign start, so start-up stays fast. Needs demo data on
 * ({@code rectify.demo-data}) and {@code rectify.demo-campaign}; off in tests, which call it.
 */
@Component
@ConditionalOnProperty(prefix = "rectify", name = {"demo-data", "demo-campaign"}, havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoCampaignSeeder implements ApplicationRunner {

    static final String NAME = "新桥镇化工企业专项整治（演示） Xinqiao town chemical enterprise rectification (demo)";

    private static final Logger log = LoggerFactory.getLogger(DemoCampaignSeeder.class);

    private final CampaignRepository repository;
    private final Campaigns campaigns;
    private final UpgradeStandards standards;
    private final Roster roster;
    private final CampaignActivities activities;
    private final CampaignStart start;

    DemoCampaignSeeder(CampaignRepository repository, Campaigns campaigns, UpgradeStandards standards, Roster roster,
                       CampaignActivities activities, CampaignStart start) {
        this.repository = repository;
        this.campaigns = campaigns;
        this.standards = standards;
        this.roster = roster;
        this.activities = activities;
        this.start = start;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long campaignId = repository.findFirstByNameOrderById(NAME).map(Campaign::getId).orElseGet(this::create);
        if (StartState.NOT_STARTED.name().equals(start.status(campaignId).state())) {
            StartStatus status = start.request(campaignId, CurrentUser.SYSTEM);
            log.info("Demo campaign {}: {} enterprises queued; the job executor opens their cases in the background",
                    campaignId, status.queued());
        }
    }

    private Long create() {
        StandardView standard = standards.exists(DemoStandard.CODE) ? standards.byCode(DemoStandard.CODE)
                : standards.create(new StandardDraft(DemoStandard.CODE, DemoStandard.NAME, DemoStandard.items()));
        LocalDate begin = LocalDate.now().withDayOfYear(1);
        CampaignView campaign = campaigns.create(new CampaignPlan(NAME, CampaignLevel.TOWN, DemoRoster.TOWNSHIP,
                begin, begin.plusYears(3).minusDays(1), "新桥镇化工企业专项整治工作领导小组 Xinqiao town chemical"
                + " rectification leading group", standard.id(), 30, 2,
                List.of(new YearTarget(1, 18, null), new YearTarget(2, 12, null)), DemoRoster.TOWN_INDUSTRY_SALES,
                DemoRoster.TOWN_PRODUCERS),
                CurrentUser.SYSTEM);
        ImportReport report = roster.addAll(campaign.id(), DemoRoster.producers(), CurrentUser.SYSTEM);
        activities.recordMeeting(campaign.id(), new MeetingRecord(begin.plusDays(14), MeetingKind.MOBILISATION,
                "全镇化工企业专项整治动员部署会 Town mobilisation meeting on the chemical rectification",
                "镇化治办、镇经贸中心、安监、环保、工商、各村负责人 Town offices, safety, environment, market regulation,"
                        + " village heads", 46, List.of(), "演示数据 Demo data"), CurrentUser.SYSTEM);
        log.info("Demo campaign {} created with {} producers on its roster", campaign.id(), report.rosterSize());
        return campaign.id();
    }
}
