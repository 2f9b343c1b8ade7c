package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Roster;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The town report replayed through the real processes: 117 producers (40 / 22 / 55 by revenue),
 * 34 found with problems at the joint review, 39 after on-site verification (6 to rectify, 16
 * licence-scope changes, 10 already stopped, 6 without approvals, 1 to relocate). The drafted
 * summary must state the report's figures.
 */
@IntegrationTest
class TownReportReplayTest {

    static final LocalDate DEADLINE = LocalDate.now().plusDays(60);

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired Roster roster;
    @Autowired CampaignStart start;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void theSummaryStatesTheTownReportsFigures() {
        // given the town's 117 producers, started
        CampaignView campaign = ReportFixtures.freshCampaign(campaigns, dataSource, "新桥镇复盘 Town replay");
        List<EnterpriseDetails> producers = townProducers();
        ReportFixtures.start(roster, start, managementService, runtimeService, campaign.id(), producers);
        CaseSteps steps = new CaseSteps(taskService);

        // when the joint review finds 34 with problems and verification amends 5 more
        List<Disposition> found = new ArrayList<>();
        found.addAll(Collections.nCopies(6, Disposition.RECTIFY_IN_PLACE));
        found.addAll(Collections.nCopies(16, Disposition.ADJUST_LICENCE_SCOPE));
        found.addAll(Collections.nCopies(10, Disposition.ALREADY_STOPPED));
        found.addAll(Collections.nCopies(2, Disposition.OBTAIN_APPROVALS));
        List<Disposition> amended = new ArrayList<>(Collections.nCopies(4, Disposition.OBTAIN_APPROVALS));
        amended.add(Disposition.RELOCATE_TO_PARK);
        for (int i = 0; i < producers.size(); i++) {
            ProcessInstance instance = instance(producers.get(i));
            if (i < found.size()) {
                steps.decideAndConfirm(instance, found.get(i), DEADLINE, "safety");
            } else {
                steps.surveyAndReview(instance, Set.of(), Disposition.COMPLIANT);
                steps.complete(instance, EnterpriseCaseVariables.ACTIVITY_DECIDE,
                        CaseSteps.decision(Disposition.COMPLIANT, null, null));
                int a = i - found.size();
                steps.complete(instance, EnterpriseCaseVariables.ACTIVITY_VERIFY, a < amended.size()
                        ? CaseSteps.amendment(amended.get(a), DEADLINE, "safety") : CaseSteps.confirmation());
            }
        }

        // then the summary states the report's figures
        String html = Rest.as(http, "supervisor1").api().get("/campaigns/" + campaign.id() + "/summary.html").getBody();
        assertThat(html).contains("企业共117家，其中规模以上企业40家，规模以下77家。年销售额合计48.8亿元，"
                        + "占新桥镇工业销售额的49.0%。")
                .contains("<tr><td>500万元以上</td><td>40</td><td>474800</td><td>97.3%</td></tr>",
                        "<tr><td>200—500万元</td><td>22</td><td>7700</td><td>1.6%</td></tr>",
                        "<tr><td>200万元以下</td><td>55</td><td>5500</td><td>1.1%</td></tr>")
                .contains("联合会审企业117家，发现问题34家；现场核查调整5家、新增0家，需整治企业共39家")
                .contains("<tr><td>原地整治提升</td><td>6</td></tr>", "<tr><td>工商调整化工项目</td><td>16</td></tr>",
                        "<tr><td>实际停产、歇业</td><td>10</td></tr>", "<tr><td>补办环保/安全审批手续</td><td>6</td></tr>",
                        "<tr><td>搬迁入园</td><td>1</td></tr>", "<tr><td>符合要求</td><td>78</td></tr>");
    }

    /**
     * 40 above 5 M yuan (the above-scale ones), 22 from 2 to 5 M, 55 below 2 M; sales of 11,870, 350
     * and 100 ten-thousand yuan each: 4.88 bn yuan, 49 % of the town's 9.96 bn (ReportFixtures)
     */
    private static List<EnterpriseDetails> townProducers() {
        return IntStream.rangeClosed(1, 117).mapToObj(i -> {
            RevenueBand band = i <= 40 ? RevenueBand.ABOVE_5M : i <= 62 ? RevenueBand.FROM_2M_TO_5M : RevenueBand.BELOW_2M;
            return new EnterpriseDetails(Enterprises.newCreditCode(), "新桥第" + i + "化工厂 Xinqiao works No. " + i,
                    "新桥镇", "东村", "工业路" + i + "号", "王建国", "0512-5555 0101", "化学原料和化学制品制造业", "植绒胶",
                    band, i <= 40, 12, new BigDecimal("3.50"), BusinessType.PRODUCER, LocalDate.of(1998, 5, 12), null,
                    new BigDecimal(i <= 40 ? "11870" : i <= 62 ? "350" : "100"));
        }).toList();
    }

    private ProcessInstance instance(EnterpriseDetails producer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(producer.creditCode())
                .processDefinitionKey("Process_EnterpriseCase").singleResult();
    }
}
