package org.rectify.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rectify.rectification.RectificationVariables.*;
import static org.rectify.support.UpgradeSteps.diagnosis;
import static org.rectify.support.UpgradeSteps.plan;
import static org.rectify.support.UpgradeSteps.returnDiagnosis;
import static org.rectify.support.UpgradeSteps.reworkedDiagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignFixtures;
import org.rectify.campaign.Campaigns;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each firm's turnaround, lateness and rework, by campaign, from the reports its tasks recorded. */
@IntegrationTest
class FirmPerformanceTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseOpening opening;
    @Autowired IntermediaryRegister firms;
    @Autowired DiagnosisReports reports;
    @Autowired HazardRegister hazards;
    @Autowired FirmPerformance performance;
    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;

    CaseSteps steps;
    UpgradeSteps upgrade;
    // two campaigns of this test alone: the figures join through enterprise_case.campaign_id only
    long campaign;
    long otherCampaign;
    Intermediary slowDesign;
    Intermediary promptDesign;
    Intermediary evaluation;

    @BeforeEach
    void firms() {
        campaign = campaigns.create(CampaignFixtures.townPlan("中介绩效 Firm performance " + System.nanoTime()),
                "district-office1").id();
        otherCampaign = campaigns.create(CampaignFixtures.townPlan("中介绩效另一行动 Firm performance elsewhere "
                + System.nanoTime()), "district-office1").id();
        steps = new CaseSteps(taskService);
        upgrade = new UpgradeSteps(steps, firms, reports, hazards);
        slowDesign = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1));
        promptDesign = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1));
        evaluation = upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void countsLateAndReturnedReportsAndTheAverageTurnaroundPerFirm() {
        // given a diagnosis handed in four days after its task was created and after its due date,
        // returned by safety, redone at once; then the evaluation on time
        EnterpriseCase late = diagnosing(campaign, slowDesign);
        String code = late.getEnterprise().getCreditCode();
        Task first = steps.caseTask(code, ACTIVITY_DIAGNOSE);
        first.setDueDate(Date.from(first.getCreateTime().toInstant().plus(Duration.ofDays(1))));
        taskService.saveTask(first);
        ClockUtil.setCurrentTime(Date.from(first.getCreateTime().toInstant().plus(Duration.ofDays(4))));
        taskService.complete(first.getId(), diagnosis());
        ClockUtil.reset();
        steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, returnDiagnosis("结论与现场不符 Does not match the site"));
        upgrade.uploadReport(late.getId());
        steps.completeCaseTask(code, ACTIVITY_DIAGNOSE, reworkedDiagnosis());
        steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, plan());
        steps.completeCaseTask(code, ACTIVITY_RECTIFY, upgrade.rectification(late.getId()));
        steps.completeCaseTask(code, ACTIVITY_EVALUATE, upgrade.evaluation(late.getId()));

        // and another design firm's prompt diagnosis in the same campaign, and one in another campaign
        EnterpriseCase prompt = diagnosing(campaign, promptDesign);
        steps.completeCaseTask(prompt.getEnterprise().getCreditCode(), ACTIVITY_DIAGNOSE, diagnosis());
        EnterpriseCase elsewhere = diagnosing(otherCampaign, slowDesign);
        steps.completeCaseTask(elsewhere.getEnterprise().getCreditCode(), ACTIVITY_DIAGNOSE, diagnosis());

        // when
        List<FirmPerformance.FirmRecord> figures = performance.ofCampaigns(List.of(campaign));

        // then design firms first; the slow firm was late once and returned once, on one enterprise
        assertThat(figures).extracting(FirmPerformance.FirmRecord::firmId)
                .containsExactlyInAnyOrder(slowDesign.getId(), promptDesign.getId(), evaluation.getId());
        assertThat(figures.get(2).firmId()).isEqualTo(evaluation.getId());
        FirmPerformance.FirmRecord slow = find(figures, slowDesign);
        assertThat(slow.kind()).isEqualTo(Intermediary.Kind.DESIGN_FIRM);
        assertThat(slow.name()).isEqualTo(slowDesign.getName());
        assertThat(slow.submitted()).isEqualTo(2);
        assertThat(slow.late()).isEqualTo(1);
        assertThat(slow.returned()).isEqualTo(1);
        assertThat(slow.averageTurnaroundDays()).isCloseTo(2.0, within(0.1));
        assertThat(slow.troubled()).isTrue();
        assertThat(slow.lateOrReturnedAt()).containsExactly(
                new FirmPerformance.EnterpriseRef(code, late.getEnterprise().getName()));
        FirmPerformance.FirmRecord fast = find(figures, promptDesign);
        assertThat(fast.submitted()).isEqualTo(1);
        assertThat(fast.late()).isZero();
        assertThat(fast.returned()).isZero();
        assertThat(fast.averageTurnaroundDays()).isCloseTo(0.0, within(0.1));
        assertThat(fast.lateOrReturnedAt()).isEmpty();
        assertThat(fast.troubled()).isFalse();
        FirmPerformance.FirmRecord evaluated = find(figures, evaluation);
        assertThat(evaluated.kind()).isEqualTo(Intermediary.Kind.EVALUATION_FIRM);
        assertThat(evaluated.submitted()).isEqualTo(1);
        assertThat(evaluated.late()).isZero();

        // and over both campaigns the slow firm has three reports
        assertThat(find(performance.ofCampaigns(List.of(campaign, otherCampaign)), slowDesign).submitted())
                .isEqualTo(3);
        assertThat(performance.ofCampaigns(List.of())).isEmpty();
        assertThat(find(performance.all(), slowDesign).submitted()).isEqualTo(3);
    }

    @Test
    void theRegisterShowsThePerformanceToTheAgenciesNotToTheFirms() throws Exception {
        // given
        EnterpriseCase diagnosed = diagnosing(campaign, slowDesign);
        Task task = steps.caseTask(diagnosed.getEnterprise().getCreditCode(), ACTIVITY_DIAGNOSE);
        task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
        taskService.saveTask(task);
        taskService.complete(task.getId(), diagnosis());

        // when
        ResponseEntity<String> answer = Rest.as(http, "supervisor1").api()
                .get("/intermediaries/performance?campaignId=" + campaign);

        // then
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode firm = RestTasks.JSON.readTree(answer.getBody()).get(0);
        assertThat(firm.get("firmId").asLong()).isEqualTo(slowDesign.getId());
        assertThat(firm.get("kind").asText()).isEqualTo("DESIGN_FIRM");
        assertThat(firm.get("submitted").asLong()).isEqualTo(1);
        assertThat(firm.get("late").asLong()).isEqualTo(1);
        assertThat(firm.get("returned").asLong()).isZero();
        assertThat(firm.get("lateOrReturnedAt").get(0).get("creditCode").asText())
                .isEqualTo(diagnosed.getEnterprise().getCreditCode());
        assertThat(Rest.as(http, "design-firm1").api().get("/intermediaries/performance?campaignId=" + campaign)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A case of the campaign on the upgrade path, waiting for the firm's diagnosis with its report uploaded. */
    private EnterpriseCase diagnosing(long campaignId, Intermediary design) {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), campaignId);
        steps.decideAndConfirm(runtimeService.createProcessInstanceQuery()
                        .processInstanceId(opened.getProcessInstanceId()).singleResult(),
                Disposition.RECTIFY_IN_PLACE, LocalDate.now().plusMonths(1), "safety");
        upgrade.upToDiagnosis(opened.getEnterprise().getCreditCode(), design, evaluation);
        upgrade.uploadReport(opened.getId());
        return opened;
    }

    private static FirmPerformance.FirmRecord find(List<FirmPerformance.FirmRecord> figures, Intermediary firm) {
        return figures.stream().filter(f -> f.firmId().equals(firm.getId())).findFirst().orElseThrow();
    }
}
