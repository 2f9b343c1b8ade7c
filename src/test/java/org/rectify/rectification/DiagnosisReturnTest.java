package org.rectify.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.rectify.rectification.RectificationVariables.*;
import static org.rectify.support.UpgradeSteps.diagnosis;
import static org.rectify.support.UpgradeSteps.plan;
import static org.rectify.support.UpgradeSteps.returnDiagnosis;
import static org.rectify.support.UpgradeSteps.reworkedDiagnosis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;

/** Safety returns a poor diagnosis report: the design firm diagnoses again with a revised report. */
@IntegrationTest
class DiagnosisReturnTest {

    static final String REASON = "报警设施部分未结合现场，不切实际 The alarm section ignores the site";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseOpening opening;
    @Autowired IntermediaryRegister firms;
    @Autowired DiagnosisReports reports;
    @Autowired HazardRegister hazards;
    @Autowired UpgradeService upgrades;

    CaseSteps steps;
    UpgradeSteps upgrade;
    EnterpriseCase opened;
    String code;
    Intermediary designFirm;

    @BeforeEach
    void diagnoseACaseToRectifyInPlace() {
        BpmnAwareTests.init(processEngine);
        steps = new CaseSteps(taskService);
        upgrade = new UpgradeSteps(steps, firms, reports, hazards);
        opened = opening.open(Enterprises.glueFactory(), null);
        code = opened.getEnterprise().getCreditCode();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult();
        steps.decideAndConfirm(instance, Disposition.RECTIFY_IN_PLACE, LocalDate.now().plusMonths(1), "safety");
        designFirm = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1));
        upgrade.upToDiagnosis(code, designFirm, upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1)));
        upgrade.uploadReport(opened.getId());
        steps.completeCaseTask(code, ACTIVITY_DIAGNOSE, diagnosis());
    }

    @Test
    void aReturnedReportIsDiagnosedAgainWithARevisedReportThenThePlanOpensRoundOne() {
        // when safety returns the report
        steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, returnDiagnosis(REASON));

        // then the design firm has the diagnosis again, with a fresh deadline and its timers
        ProcessInstance upgradePath = upgradeInstance();
        assertThat(upgradePath).isWaitingAt(ACTIVITY_DIAGNOSE).hasPassed(GATEWAY_DIAGNOSIS_RETURNED);
        Task again = steps.caseTask(code, ACTIVITY_DIAGNOSE);
        assertThat(taskService.getIdentityLinksForTask(again.getId())).extracting(l -> l.getGroupId())
                .containsExactly("design-firm-" + designFirm.getId());
        assertThat(Duration.between(again.getCreateTime().toInstant(), again.getDueDate().toInstant()).toDays())
                .isEqualTo(30);
        assertThat(managementService.createJobQuery().executionId(again.getExecutionId()).timers().count())
                .isEqualTo(2);
        UpgradeService.UpgradeRecord record = upgrades.record(opened.getId());
        assertThat(record.plans()).isEmpty();
        assertThat(record.rounds()).isEmpty();
        assertThat(record.firmReports()).singleElement().satisfies(r -> {
            assertThat(r.getKind()).isEqualTo(FirmReport.Kind.DIAGNOSIS);
            assertThat(r.isReturned()).isTrue();
            assertThat(r.getReturnReason()).isEqualTo(REASON);
            assertThat(r.getReturnedBy()).isNotBlank();
        });

        // when the firm completes it without uploading a revised report, it is refused
        assertThatThrownBy(() -> taskService.complete(again.getId(), reworkedDiagnosis()))
                .hasMessageContaining(DiagnosisReports.FIELD + ": ")
                .hasMessageContaining("revised diagnosis report")
                .hasMessageContaining(REASON);

        // when it uploads the revised report and adds no issue, safety agrees the plan
        upgrade.uploadReport(opened.getId());
        taskService.complete(again.getId(), reworkedDiagnosis());
        steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, plan());

        // then round 1 starts; the three hazards found first stay
        assertThat(upgradeInstance()).isWaitingAt(ACTIVITY_RECTIFY);
        record = upgrades.record(opened.getId());
        assertThat(record.rounds()).extracting(RectificationRound::getRoundNumber).containsExactly(1);
        assertThat(record.plans()).hasSize(1);
        assertThat(hazards.ofCase(opened.getId())).hasSize(3);
        assertThat(record.firmReports()).extracting(FirmReport::getRoundNumber, FirmReport::isReturned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true),
                        org.assertj.core.groups.Tuple.tuple(2, false));
        assertThat(record.firmReports().get(1).getReportId()).isEqualTo(record.reports().get(1).getId());
    }

    @Test
    void aReworkMayAddIssues() {
        steps.completeCaseTask(code, ACTIVITY_AGREE_PLAN, returnDiagnosis(REASON));
        upgrade.uploadReport(opened.getId());

        steps.completeCaseTask(code, ACTIVITY_DIAGNOSE, Map.of(HAZARD_LINES,
                "工艺管道 | 一般 | 第15条 | 管道未标识介质流向 Pipes not marked with flow direction"));

        assertThat(hazards.ofCase(opened.getId())).hasSize(4).last()
                .satisfies(h -> assertThat(h.getArea()).isEqualTo(HazardArea.PROCESS_PIPING));
    }

    @Test
    void returningWithoutAReasonIsRefusedNamingTheField() {
        Task agree = steps.caseTask(code, ACTIVITY_AGREE_PLAN);
        Map<String, Object> noReason = new HashMap<>(returnDiagnosis(" "));
        noReason.putAll(plan());

        assertThatThrownBy(() -> taskService.complete(agree.getId(), noReason))
                .hasMessageContaining("Invalid input: " + DIAGNOSIS_RETURN_REASON + ": ")
                .hasMessageContaining("say why");

        assertThat(steps.caseTask(code, ACTIVITY_AGREE_PLAN).getId()).isEqualTo(agree.getId());
        UpgradeService.UpgradeRecord record = upgrades.record(opened.getId());
        assertThat(record.firmReports()).singleElement().satisfies(r -> assertThat(r.isReturned()).isFalse());
        assertThat(record.plans()).isEmpty();
        assertThat(record.rounds()).isEmpty();
    }

    @Test
    void aFirstDiagnosisStillNeedsItsIssues() {
        // a fresh case: nothing returned, so an empty diagnosis is refused as before
        EnterpriseCase other = opening.open(Enterprises.glueFactory(), null);
        String otherCode = other.getEnterprise().getCreditCode();
        steps.decideAndConfirm(runtimeService.createProcessInstanceQuery()
                        .processInstanceId(other.getProcessInstanceId()).singleResult(),
                Disposition.RECTIFY_IN_PLACE, LocalDate.now().plusMonths(1), "safety");
        upgrade.upToDiagnosis(otherCode, upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1)),
                upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1)));
        upgrade.uploadReport(other.getId());
        String task = steps.caseTask(otherCode, ACTIVITY_DIAGNOSE).getId();

        assertThatThrownBy(() -> taskService.complete(task, reworkedDiagnosis()))
                .hasMessageContaining(HAZARD_LINES + ": enter the report's issues");
    }

    private ProcessInstance upgradeInstance() {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(PROCESS_ID).singleResult();
    }
}
