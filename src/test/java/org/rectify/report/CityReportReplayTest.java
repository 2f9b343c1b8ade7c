package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.*;
import static org.rectify.rectification.RectificationVariables.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Roster;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.rectification.DiagnosisReports;
import org.rectify.rectification.HazardArea;
import org.rectify.rectification.HazardRegister;
import org.rectify.rectification.Intermediary;
import org.rectify.rectification.IntermediaryRegister;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The city report replayed through the real processes, as two campaigns: the 21 focus enterprises
 * (8 closed, 1 converted to services, 12 upgraded in place) and the 31 similar ones (26 closed,
 * 3 moved into parks, 1 converted, 1 eliminated some lines). 108 hazards are diagnosed, rectified
 * and verified over the 13 cases on the upgrade path (12 x 8 + 12); 229.8 mu of land is reclaimed
 * at the closure checks of the 34 closed enterprises (33 x 6.7 + 8.7). Each drafted summary must
 * state its campaign's figures, and the city's report over both the totals: 108 and 229.8.
 */
@IntegrationTest
class CityReportReplayTest {

    static final LocalDate DEADLINE = LocalDate.now().plusDays(60);
    static final BigDecimal PLOT_MU = new BigDecimal("6.7");
    static final BigDecimal LAST_PLOT_MU = new BigDecimal("8.7");

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired Roster roster;
    @Autowired CampaignStart start;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired EnterpriseCaseRepository cases;
    @Autowired IntermediaryRegister firms;
    @Autowired DiagnosisReports reports;
    @Autowired HazardRegister hazards;

    CaseSteps steps;
    UpgradeSteps upgrade;
    int upgrades;
    Intermediary designFirm;
    Intermediary evaluationFirm;

    @Test
    void theSummariesStateTheCityReportsFigures() throws Exception {
        steps = new CaseSteps(taskService);
        upgrade = new UpgradeSteps(steps, firms, reports, hazards);
        designFirm = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1));
        evaluationFirm = upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1));

        // given the 21 focus enterprises: 8 closed, 1 converted, 12 upgraded with 8 hazards each
        List<Disposition> focus = new ArrayList<>();
        focus.addAll(Collections.nCopies(8, Disposition.CLOSE));
        focus.add(Disposition.CONVERT_TO_SERVICES);
        focus.addAll(Collections.nCopies(12, Disposition.RECTIFY_IN_PLACE));
        // and the 31 similar ones: 26 closed, 3 relocated, 1 converted, 1 eliminating lines with 12 hazards
        List<Disposition> similar = new ArrayList<>();
        similar.addAll(Collections.nCopies(26, Disposition.CLOSE));
        similar.addAll(Collections.nCopies(3, Disposition.RELOCATE_TO_PARK));
        similar.add(Disposition.CONVERT_TO_SERVICES);
        similar.add(Disposition.ELIMINATE_LINES);

        // when both are replayed to their ends
        CampaignView focusCampaign = replay("市重点化工企业整治 City focus enterprises", focus, 8, 0);
        CampaignView similarCampaign = replay("市同类化工企业整治 City similar enterprises", similar, 12, 8);

        // then the focus summary states 21: 8 closed, 1 converted, 12 upgraded; 96 hazards; 53.6 mu
        String focusHtml = summary(focusCampaign);
        assertThat(focusHtml).contains("列入本次整治行动的企业共21家")
                .contains("联合会审企业21家，发现问题21家；现场核查调整0家、新增0家，需整治企业共21家")
                .contains("<tr><td>关闭淘汰</td><td>8</td></tr>", "<tr><td>退二进三</td><td>1</td></tr>",
                        "<tr><td>原地整治提升</td><td>12</td></tr>")
                .contains("<tr><td>已关闭</td><td>8</td></tr>", "<tr><td>已退二进三</td><td>1</td></tr>",
                        "<tr><td>原地整治提升完成</td><td>12</td></tr>")
                .contains("排查隐患96处，已整改销号96处；复垦土地53.6亩。");
        // and the similar summary states 31: 26 closed, 3 relocated, 1 converted, 1 eliminating lines; 12 hazards; 176.2 mu
        String similarHtml = summary(similarCampaign);
        assertThat(similarHtml).contains("列入本次整治行动的企业共31家")
                .contains("联合会审企业31家，发现问题31家；现场核查调整0家、新增0家，需整治企业共31家")
                .contains("<tr><td>关闭淘汰</td><td>26</td></tr>", "<tr><td>搬迁入园</td><td>3</td></tr>",
                        "<tr><td>退二进三</td><td>1</td></tr>", "<tr><td>淘汰部分落后生产线</td><td>1</td></tr>")
                .contains("<tr><td>已关闭</td><td>26</td></tr>", "<tr><td>已搬迁入园</td><td>3</td></tr>",
                        "<tr><td>已退二进三</td><td>1</td></tr>", "<tr><td>原地整治提升完成</td><td>1</td></tr>")
                .contains("排查隐患12处，已整改销号12处；复垦土地176.2亩。")
                .contains("<tr><td>植绒胶生产装置</td><td>8</td></tr>");
        // and the city's report over both states the totals: 52 enterprises, 108 hazards eliminated, 229.8 mu
        String cityHtml = Rest.as(http, "supervisor1").api().get("/reports/summary.html?campaignId="
                + focusCampaign.id() + "&campaignId=" + similarCampaign.id()).getBody();
        assertThat(cityHtml).contains("<h1>示范市化工企业专项整治工作总结（2项行动）</h1>")
                .contains("纳入2项整治行动的企业共52家")
                .contains("<tr><td>市重点化工企业整治</td><td>21</td><td>9</td><td>0</td><td>96</td><td>53.6</td></tr>",
                        "<tr><td>市同类化工企业整治</td><td>31</td><td>27</td><td>3</td><td>12</td><td>176.2</td></tr>",
                        "<tr><td>合计</td><td>52</td><td>36</td><td>3</td><td>108</td><td>229.8</td></tr>")
                .contains("联合会审企业52家，发现问题52家；现场核查调整0家、新增0家，需整治企业共52家")
                .contains("<tr><td>关闭淘汰</td><td>34</td></tr>", "<tr><td>搬迁入园</td><td>3</td></tr>",
                        "<tr><td>退二进三</td><td>2</td></tr>", "<tr><td>原地整治提升</td><td>12</td></tr>",
                        "<tr><td>淘汰部分落后生产线</td><td>1</td></tr>")
                .contains("<tr><td>已关闭</td><td>34</td></tr>", "<tr><td>已退二进三</td><td>2</td></tr>",
                        "<tr><td>已搬迁入园</td><td>3</td></tr>", "<tr><td>原地整治提升完成</td><td>13</td></tr>")
                .contains("排查隐患108处，已整改销号108处；复垦土地229.8亩。")
                // and, among the difficulties, the design firm whose report was returned and the late evaluation firm
                .contains("部分第三方机构报告迟交或被退回重做",
                        "<tr><td>江苏化工设计院</td><td>设计单位</td><td>14</td><td>0</td><td>1</td>",
                        "<tr><td>苏安安全评价有限公司</td><td>安全评价机构</td><td>13</td><td>1</td><td>0</td>");
        // and its Word version carries the same totals
        byte[] cityDocx = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD).getForObject("/api/reports/summary.docx"
                + "?campaignId=" + focusCampaign.id() + "&campaignId=" + similarCampaign.id(), byte[].class);
        assertThat(SummaryReportTest.tables(cityDocx).get("整治行动")).last()
                .isEqualTo(List.of("合计", "52", "36", "3", "108", "229.8"));
        assertThat(SummaryReportTest.text(cityDocx)).contains("排查隐患108处，已整改销号108处；复垦土地229.8亩。");
        // the English drafts say the same
        assertThat(Rest.as(http, "supervisor1").api().get("/campaigns/" + focusCampaign.id() + "/summary.html?lang=en")
                .getBody()).contains("96 hazards found, 96 eliminated; 53.6 mu of land reclaimed.");
    }

    /** Starts a campaign of these dispositions and drives every case to its end. */
    private CampaignView replay(String name, List<Disposition> dispositions, int hazardsEach, int closedBefore) {
        CampaignView campaign = ReportFixtures.freshCityCampaign(campaigns, dataSource, name);
        List<EnterpriseDetails> enterprises = ReportFixtures.producers(dispositions.size());
        ReportFixtures.start(roster, start, managementService, runtimeService, campaign.id(), enterprises);
        int closed = closedBefore;
        for (int i = 0; i < enterprises.size(); i++) {
            String code = enterprises.get(i).creditCode();
            Disposition disposition = dispositions.get(i);
            steps.decideAndConfirm(instance(code), disposition, DEADLINE, "safety");
            Long caseId = cases.findByEnterpriseCreditCode(code).get(0).getId();
            switch (disposition) {
                case CLOSE -> {
                    closed++;
                    steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(10)));
                    Map<String, Object> check = new HashMap<>(ClosureForms.check(true, null));
                    check.put(LAND_RECLAIMED_MU, (closed == 34 ? LAST_PLOT_MU : PLOT_MU).toPlainString());
                    steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check);
                    steps.completeCaseTask(code, ACTIVITY_CHANGE_LICENCE, ClosureForms.licence("CANCELLED"));
                }
                case CONVERT_TO_SERVICES -> {
                    steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(10)));
                    steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, ClosureForms.check(true, null));
                    steps.completeCaseTask(code, ACTIVITY_RECORD_LAND_REUSE, Map.of(LAND_NEW_USE, "商业 Commerce"));
                    steps.completeCaseTask(code, ACTIVITY_CHANGE_LICENCE, ClosureForms.licence("SCOPE_AMENDED"));
                }
                case RELOCATE_TO_PARK -> {
                    steps.completeCaseTask(code, ACTIVITY_PLAN_RELOCATION, ClosureForms.relocationPlan());
                    steps.completeCaseTask(code, ACTIVITY_ACCEPT_NEW_SITE, ClosureForms.newSite(true));
                    steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(10)));
                    steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, ClosureForms.check(true, null));
                }
                case ELIMINATE_LINES -> {
                    steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(10)));
                    Map<String, Object> check = new HashMap<>(ClosureForms.check(true, null));
                    check.put(ELIMINATED_UNITS, "植绒胶生产装置, 8");
                    steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check);
                    upgrade(code, caseId, hazardsEach);
                }
                case RECTIFY_IN_PLACE -> upgrade(code, caseId, hazardsEach);
                default -> throw new IllegalArgumentException(disposition.name());
            }
            assertThat(cases.findById(caseId).orElseThrow().isEnded()).as(code + " " + disposition).isTrue();
        }
        return campaign;
    }

    /**
     * The upgrade path with n diagnosed hazards, every one rectified and verified, accepted at once.
     * The first upgrade's diagnosis report is returned once for rework; the second's safety
     * evaluation comes in after its due date.
     */
    private void upgrade(String code, Long caseId, int n) {
        upgrades++;
        steps.completeCaseTask(code, ACTIVITY_SIGN_COMMITMENT,
                UpgradeSteps.commitment("UPGRADE", designFirm.getId(), evaluationFirm.getId()));
        reports.store(caseId, "诊断报告.pdf", "application/pdf", UpgradeSteps.PDF, "design-firm1",
                List.of(reports.hiredFirmGroup(caseId)));
        HazardArea[] areas = HazardArea.values();
        steps.completeCaseTask(code, ACTIVITY_DIAGNOSE, Map.of(HAZARD_LINES, IntStream.rangeClosed(1, n)
                .mapToObj(k -> areas[k % areas.length].name() + " | GENERAL | 第" + k + "条 | 隐患" + k + " Hazard " + k)
                .collect(Collectors.joining("\n"))));
        if (upgrades == 1) {
            steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, UpgradeSteps.returnDiagnosis("整改措施不切实际 Impractical measures"));
            reports.store(caseId, "诊断报告（修改稿）.pdf", "application/pdf", UpgradeSteps.PDF, "design-firm1",
                    List.of(reports.hiredFirmGroup(caseId)));
            steps.completeCaseTask(code, ACTIVITY_DIAGNOSE, UpgradeSteps.reworkedDiagnosis());
        }
        steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, UpgradeSteps.plan());
        steps.completeCaseTask(code, ACTIVITY_RECTIFY, upgrade.rectification(caseId));
        if (upgrades == 2) {
            Task evaluation = taskService.createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey(ACTIVITY_EVALUATE).singleResult();
            evaluation.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(3))));
            taskService.saveTask(evaluation);
        }
        steps.completeCaseTask(code, ACTIVITY_EVALUATE, upgrade.evaluation(caseId));
        steps.completeCaseTask(code, ACTIVITY_ACCEPT, UpgradeSteps.acceptance(true, ""));
        assertThat(hazards.ofCase(caseId)).hasSize(n);
    }

    private String summary(CampaignView campaign) {
        return Rest.as(http, "supervisor1").api().get("/campaigns/" + campaign.id() + "/summary.html").getBody();
    }

    private ProcessInstance instance(String creditCode) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(creditCode)
                .processDefinitionKey("Process_EnterpriseCase").singleResult();
    }
}
