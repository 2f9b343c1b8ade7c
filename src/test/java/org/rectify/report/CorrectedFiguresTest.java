package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.*;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_VERIFY;
import static org.rectify.rectification.RectificationVariables.ACTIVITY_SIGN_COMMITMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignActivities;
import org.rectify.campaign.CampaignLevel;
import org.rectify.campaign.CampaignPlan;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.MeetingKind;
import org.rectify.campaign.MeetingRecord;
import org.rectify.campaign.Roster;
import org.rectify.campaign.StandardDraft;
import org.rectify.campaign.StandardItem;
import org.rectify.campaign.UpgradeStandards;
import org.rectify.campaign.YearTarget;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.rectification.Intermediary;
import org.rectify.rectification.IntermediaryRegister;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A campaign with numbers of its own (not the seed reports'), built so that each figure the
 * summary used to get wrong comes out differently when it is wrong: distributors with sales,
 * bands and above-scale flags of their own; one enterprise added at verification beside one
 * amended, one struck off and one put on the list; commitment letters signed in the task, at a
 * meeting and both; a closure achieved in the first year; a cancelled and an amended licence with
 * revoked permits; land and demolished structures.
 *
 * <p>Roster (10,000 yuan of sales): producers P1 9000 and P2 2500 (above 5 M, above scale), P3 300
 * (2 to 5 M), P4..P8 90 each and P9 without sales (below 2 M), P10 90 added at verification;
 * distributors D1..D3 with 5000 each, above 5 M and one above scale. The area: 50 producers,
 * 25,000 (10,000 yuan) of industrial sales.
 */
@IntegrationTest
class CorrectedFiguresTest {

    static final LocalDate DEADLINE = LocalDate.now().plusDays(90);

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired UpgradeStandards standards;
    @Autowired Roster roster;
    @Autowired CampaignStart start;
    @Autowired CampaignActivities activities;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IntermediaryRegister firms;

    @Test
    void theSummaryStatesEachCorrectedFigure() throws Exception {
        // given a two-year campaign that started three months ago, in an area of 50 producers
        LocalDate begin = LocalDate.now().withDayOfMonth(1).minusMonths(3);
        CampaignView campaign = ReportFixtures.freshCampaign(campaigns, dataSource, new CampaignPlan(
                "港东镇化工整治 Gangdong rectification", CampaignLevel.TOWN, "港东镇", begin,
                begin.plusYears(2).minusDays(1), "港东镇整治领导小组 Gangdong leading group", standard(), 5, 1,
                List.of(new YearTarget(1, 3, null), new YearTarget(2, 2, 1)), new BigDecimal("25000"), 50));
        List<EnterpriseDetails> producers = new ArrayList<>(IntStream.rangeClosed(1, 9).mapToObj(i -> enterprise(
                "P" + i, BusinessType.PRODUCER, i <= 2 ? RevenueBand.ABOVE_5M : i == 3 ? RevenueBand.FROM_2M_TO_5M
                        : RevenueBand.BELOW_2M, i <= 2, i == 1 ? "9000" : i == 2 ? "2500" : i == 3 ? "300"
                        : i == 9 ? null : "90")).toList());
        List<EnterpriseDetails> distributors = IntStream.rangeClosed(1, 3).mapToObj(i -> enterprise("D" + i,
                BusinessType.DISTRIBUTOR, RevenueBand.ABOVE_5M, i == 1, "5000")).toList();
        List<EnterpriseDetails> all = new ArrayList<>(producers);
        all.addAll(distributors);
        ReportFixtures.start(roster, start, managementService, runtimeService, campaign.id(), all);
        CaseSteps steps = new CaseSteps(taskService);
        Intermediary design = new UpgradeSteps(steps, firms, null, null).firm(Intermediary.Kind.DESIGN_FIRM,
                DEADLINE.plusYears(1));
        Intermediary evaluation = new UpgradeSteps(steps, firms, null, null).firm(Intermediary.Kind.EVALUATION_FIRM,
                DEADLINE.plusYears(1));

        // when the review finds P2 (close), P3 (rectify) and P6 (close), and verification amends P3 to
        // approvals, strikes P6 off, puts P5 on for a licence change and adds P10
        steps.decideAndConfirm(instance(producers.get(1)), Disposition.CLOSE, DEADLINE, "safety");
        decideAndAmend(steps, producers.get(2), Disposition.RECTIFY_IN_PLACE, Disposition.OBTAIN_APPROVALS);
        decideAndAmend(steps, producers.get(4), Disposition.COMPLIANT, Disposition.ADJUST_LICENCE_SCOPE);
        decideAndAmend(steps, producers.get(5), Disposition.CLOSE, Disposition.COMPLIANT);
        for (int i : new int[] {0, 3, 6, 7, 8}) {
            steps.decideAndConfirm(instance(producers.get(i)), Disposition.COMPLIANT, null, null);
        }
        distributors.forEach(d -> steps.decideAndConfirm(instance(d), Disposition.COMPLIANT, null, null));
        EnterpriseDetails added = enterprise("P10", BusinessType.PRODUCER, RevenueBand.BELOW_2M, false, "90");
        assertThat(Rest.as(http, "town-office1").api().post("/campaigns/" + campaign.id() + "/roster",
                RestTasks.JSON.writeValueAsString(Map.of("enterprise", added, "atVerification", true))).getStatusCode().value())
                .isEqualTo(201);
        steps.complete(instance(added), ACTIVITY_VERIFY, CaseSteps.amendment(Disposition.RECTIFY_IN_PLACE, DEADLINE,
                "safety"));
        // and P3 and P10 sign the commitment letter in their task, P3 and P7 at a meeting
        for (EnterpriseDetails signing : List.of(producers.get(2), added)) {
            steps.completeCaseTask(signing.creditCode(), ACTIVITY_SIGN_COMMITMENT,
                    UpgradeSteps.commitment("UPGRADE", design.getId(), evaluation.getId()));
        }
        activities.recordMeeting(campaign.id(), new MeetingRecord(LocalDate.of(2026, Month.NOVEMBER, 20),
                MeetingKind.PROGRESS, "推进会 Progress meeting", "各村 Villages", 30,
                List.of(producers.get(2).creditCode(), producers.get(6).creditCode()), null), "town-office1");
        // and P2 closes (3.5 mu, 1,200.5 m² demolished, licence cancelled, permits revoked), P5's licence is amended
        String p2 = producers.get(1).creditCode();
        steps.completeCaseTask(p2, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(10)));
        Map<String, Object> check = new HashMap<>(ClosureForms.check(true, null));
        check.put(LAND_RECLAIMED_MU, "3.5");
        check.put(STRUCTURES_DEMOLISHED_SQM, "1200.5");
        steps.completeCaseTask(p2, ACTIVITY_VERIFY_CLOSURE, check);
        steps.completeCaseTask(p2, ACTIVITY_CHANGE_LICENCE, ClosureForms.licence("CANCELLED"));
        Map<String, Object> amendedLicence = new HashMap<>(ClosureForms.licence("SCOPE_AMENDED"));
        amendedLicence.put(SAFETY_LICENCE, "KEPT");
        amendedLicence.put(DISCHARGE_PERMIT, "NONE");
        steps.completeCaseTask(producers.get(4).creditCode(), ACTIVITY_CHANGE_LICENCE, amendedLicence);

        // then the Chinese summary states each figure as a town office writes it
        Rest supervisor = Rest.as(http, "supervisor1").api();
        String zh = supervisor.get("/campaigns/" + campaign.id() + "/summary.html").getBody();
        String yearOne = begin.getYear() + "年" + begin.getMonthValue() + "月至" + begin.plusMonths(11).getYear() + "年"
                + begin.plusMonths(11).getMonthValue() + "月";
        assertThat(zh).contains("<h1>港东镇化工整治工作总结</h1>")
                .contains("经调查摸底，港东镇列入本次整治行动的化工生产企业10家，占港东镇生产企业的20%，化工流通企业3家。"
                        + "化工生产企业中，营业收入500万元以上2家，200—500万元1家，200万元以下7家；规模以上企业2家，"
                        + "其余8家为规模以下企业。化工生产企业实现销售1.23亿元，占港东镇工业销售额的49.4%（另有1家未填报）。")
                .contains("按照整治目标，两年整治期间", "须关闭化工生产企业5家、搬迁1家。其中第一年（" + yearOne + "）关闭3家，")
                .contains("共审查化工生产企业9家、化工流通企业3家，发现存在问题的企业3家，")
                .contains("经现场核查，调整整治意见1家、核减1家、增列1家、新增企业1家，需整治企业共4家：原地整治提升1家；"
                        + "补办环保/安全审批手续1家；工商调整化工项目1家；关闭淘汰1家。")
                .contains("截至目前，关闭淘汰1家，变更经营范围1家，其余2家尚未结案。")
                .contains("对照目标，关闭目标5家，已完成1家（20%），尚余4家；搬迁目标1家，已完成0家（0%），尚余1家；"
                        + "第一年（" + yearOne + "）关闭目标3家，已完成1家。")
                .contains("制定了12条整治提升标准")
                .contains("注销营业执照1家，变更营业执照经营范围1家，吊销或注销安全生产许可证1家，吊销或注销排污许可证1家。"
                        + "腾退土地3.5亩，拆除建（构）筑物1200.5平方米。")
                .contains("<h3>（五）会议和承诺书</h3>\n<p>2026年11月20日召开推进会，共有3家企业签订了整治承诺书。</p>")
                .doesNotContain("规模以下13家", "未填报）（", "0家、", "新增0家", "短信", "宣传", "复垦", "第1年", " – ");
        // and the English says the same
        String en = supervisor.get("/campaigns/" + campaign.id() + "/summary.html?lang=en").getBody();
        assertThat(en).contains("The survey found 10 chemical producers (20% of the producers in 港东镇) and 3 chemical"
                        + " distributors in 港东镇 listed for this campaign. Of the producers, by revenue, 2 above 5 M yuan, 1"
                        + " from 2 to 5 M yuan and 7 below 2 M yuan; 2 are above designated size and the other 8 below."
                        + " Sales of the producers came to 123.4 M yuan, 49.4% of the industrial sales of 港东镇 (1 did not"
                        + " report theirs).")
                .contains("found 3 enterprises with problems")
                .contains("On-site verification amended the opinion on 1, struck 1 off the list, put 1 more on it and"
                        + " added 1 enterprise the review had not listed; 4 enterprises are to be dealt with (rectify in"
                        + " place 1; obtain approvals 1; adjust licence scope 1; close 1).")
                .contains("So far, 1 closed and 1 had chemical items removed from their licence; the other 2 cases are"
                        + " still open.")
                .contains("1 of 5 closures achieved (20%), 4 to go")
                .contains("1 business licence cancelled; 1 amended to remove the chemical items; 1 safety production"
                        + " licence revoked or cancelled; 1 discharge permit revoked or cancelled.")
                .contains("3.5 mu of land reclaimed and 1200.5 m² of structures demolished.")
                .contains("a progress meeting on 20 November 2026. 3 enterprises signed the commitment letter.")
                .doesNotContain("found problems at");
        // and the Word version states them too
        byte[] docx = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD).getForObject("/api/campaigns/"
                + campaign.id() + "/summary.docx", byte[].class);
        ReportArtifacts.keep("corrected-figures.docx", docx);
        assertThat(SummaryReportTest.text(docx)).contains("需整治企业共4家", "其余2家尚未结案", "共有3家企业签订了整治承诺书",
                "腾退土地3.5亩");
        // and the progress API counts the same letters
        assertThat(supervisor.get("/campaigns/" + campaign.id() + "/progress").getBody())
                .contains("\"commitmentLetters\":3");
    }

    private void decideAndAmend(CaseSteps steps, EnterpriseDetails enterprise, Disposition reviewed,
                                Disposition amended) {
        ProcessInstance instance = instance(enterprise);
        steps.surveyAndReview(instance, java.util.Set.of(), reviewed);
        steps.complete(instance, org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_DECIDE,
                CaseSteps.decision(reviewed, reviewed == Disposition.COMPLIANT ? null : DEADLINE,
                        reviewed == Disposition.COMPLIANT ? null : "safety"));
        steps.complete(instance, ACTIVITY_VERIFY, CaseSteps.amendment(amended,
                amended == Disposition.COMPLIANT ? null : DEADLINE, amended == Disposition.COMPLIANT ? null : "safety"));
    }

    private Long standard() {
        return standards.create(new StandardDraft("GD-" + System.nanoTime(), "港东镇整治提升标准 Gangdong standard",
                IntStream.rangeClosed(1, 12).mapToObj(n -> new StandardItem(n, "总图布置", "第" + n + "条要求")).toList()))
                .id();
    }

    private static EnterpriseDetails enterprise(String label, BusinessType type, RevenueBand band, boolean aboveScale,
                                                String sales) {
        return new EnterpriseDetails(Enterprises.newCreditCode(), "港东" + label + "化工 Gangdong " + label, "港东镇",
                "西村", "港口路1号", "李明", "0512-5555 0202", "化学原料和化学制品制造业", "胶水", band, aboveScale, 8,
                new BigDecimal("2.00"), type, LocalDate.of(2001, 3, 1), null, sales == null ? null : new BigDecimal(sales));
    }

    private ProcessInstance instance(EnterpriseDetails enterprise) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(enterprise.creditCode())
                .processDefinitionKey("Process_EnterpriseCase").singleResult();
    }
}
