package org.rectify.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.rectify.rectification.RectificationVariables.*;
import static org.rectify.support.UpgradeSteps.acceptance;
import static org.rectify.support.UpgradeSteps.commitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.closure.ClosureVariables;
import org.rectify.deadline.Notification;
import org.rectify.deadline.OverdueTasks;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;

/** 原地整治提升: commitment, diagnosis, plan, rounds of rectification, evaluation and acceptance. */
@IntegrationTest
class UpgradeInPlaceTest {

    static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseOpening opening;
    @Autowired EnterpriseCaseRepository cases;
    @Autowired IntermediaryRegister firms;
    @Autowired DiagnosisReports reports;
    @Autowired HazardRegister hazards;
    @Autowired UpgradeService upgrades;
    @Autowired OverdueTasks overdueTasks;
    @Autowired org.rectify.deadline.DeadlineExtensions extensions;

    CaseSteps steps;
    UpgradeSteps upgrade;
    EnterpriseCase opened;
    String code;
    ProcessInstance instance;

    @BeforeEach
    void openACaseToRectifyInPlace() {
        BpmnAwareTests.init(processEngine);
        steps = new CaseSteps(taskService);
        upgrade = new UpgradeSteps(steps, firms, reports, hazards);
        opened = opening.open(Enterprises.glueFactory(), null);
        code = opened.getEnterprise().getCreditCode();
        instance = runtimeService.createProcessInstanceQuery().processInstanceId(opened.getProcessInstanceId())
                .singleResult();
        steps.decideAndConfirm(instance, Disposition.RECTIFY_IN_PLACE, NEXT_MONTH, "safety");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void passesTheFirstAcceptance() {
        // given the enterprise's own user signs
        Task sign = steps.caseTask(code, ACTIVITY_SIGN_COMMITMENT);
        assertThat(taskService.getIdentityLinksForTask(sign.getId())).extracting(l -> l.getUserId())
                .containsExactly("ent-" + code.toLowerCase());

        // when
        upgrade.upToRectification(code, opened.getId());
        Task rectify = steps.caseTask(code, ACTIVITY_RECTIFY);
        assertThat(rectify.getDueDate()).isEqualTo(RoundVariables.endOf(NEXT_MONTH));
        steps.completeCaseTask(code, ACTIVITY_RECTIFY, upgrade.rectification(opened.getId()));
        steps.completeCaseTask(code, ACTIVITY_EVALUATE, upgrade.evaluation(opened.getId()));
        steps.completeCaseTask(code, ACTIVITY_ACCEPT, acceptance(true, ""));

        // then
        assertThat(instance).isEnded().hasPassed(ACTIVITY_UPGRADE_IN_PLACE, "Event_CaseEnded");
        EnterpriseCase ended = cases.findById(opened.getId()).orElseThrow();
        assertThat(ended.getOutcome()).isEqualTo(CaseOutcome.UPGRADED);
        assertThat(hazards.query(opened.getId(), null, null)).hasSize(3).allSatisfy(r -> {
            assertThat(r.hazard().getStatus()).isEqualTo(Hazard.Status.VERIFIED);
            assertThat(r.history()).extracting(HazardEvent::getKind).containsExactly(
                    HazardEvent.Kind.FOUND, HazardEvent.Kind.RECTIFIED, HazardEvent.Kind.VERIFIED);
        });
    }

    @Test
    void failsOnceThenPassesAfterATimeLimitedRound() {
        // given
        upgrade.upToRectification(code, opened.getId());
        steps.completeCaseTask(code, ACTIVITY_RECTIFY, upgrade.rectification(opened.getId()));
        Long alarm = hazards.ofCase(opened.getId()).get(1).getId();
        steps.completeCaseTask(code, ACTIVITY_EVALUATE, upgrade.evaluation(opened.getId(), alarm));

        // when acceptance fails, re-opening one more hazard, with a 限期整改 date
        Long layout = hazards.ofCase(opened.getId()).get(0).getId();
        Map<String, Object> failed = new java.util.HashMap<>(acceptance(false, "H" + layout));
        LocalDate limit = LocalDate.now().plusDays(20);
        failed.put(RE_RECTIFICATION_DEADLINE, limit.toString());
        steps.completeCaseTask(code, ACTIVITY_ACCEPT, failed);

        // then only those two are rectified again, by the new deadline
        Task again = steps.caseTask(code, ACTIVITY_RECTIFY);
        assertThat(again.getDueDate()).isEqualTo(RoundVariables.endOf(limit));
        assertThat(hazards.ofCase(opened.getId())).filteredOn(h -> h.getStatus() == Hazard.Status.OPEN)
                .extracting(Hazard::getId).containsExactlyInAnyOrder(alarm, layout);
        steps.completeCaseTask(code, ACTIVITY_RECTIFY, upgrade.rectification(opened.getId()));
        steps.completeCaseTask(code, ACTIVITY_EVALUATE, upgrade.evaluation(opened.getId()));
        steps.completeCaseTask(code, ACTIVITY_ACCEPT, acceptance(true, ""));
        assertThat(instance).isEnded();
        assertThat(upgrades.record(opened.getId()).rounds()).extracting(RectificationRound::getRoundNumber)
                .containsExactly(1, 2);
        assertThat(hazards.query(opened.getId(), null, HazardArea.GENERAL_LAYOUT)).singleElement()
                .satisfies(r -> assertThat(r.history()).extracting(HazardEvent::getKind).containsExactly(
                        HazardEvent.Kind.FOUND, HazardEvent.Kind.RECTIFIED, HazardEvent.Kind.VERIFIED,
                        HazardEvent.Kind.REOPENED, HazardEvent.Kind.RECTIFIED, HazardEvent.Kind.VERIFIED));
    }

    @Test
    void failingPastTheRoundLimitGoesToTheDistrictOfficeWhichOrdersClosure() {
        // given two failed rounds (rectify.rectification.max-rounds: 2)
        upgrade.upToRectification(code, opened.getId());
        for (int round = 1; round <= 2; round++) {
            steps.completeCaseTask(code, ACTIVITY_RECTIFY, upgrade.rectification(opened.getId()));
            steps.completeCaseTask(code, ACTIVITY_EVALUATE, upgrade.evaluation(opened.getId()));
            steps.completeCaseTask(code, ACTIVITY_ACCEPT,
                    acceptance(false, "H" + hazards.ofCase(opened.getId()).get(2).getId()));
        }

        // then
        Task decide = steps.caseTask(code, ACTIVITY_DECIDE_AFTER_ROUNDS);
        assertThat(taskService.getIdentityLinksForTask(decide.getId())).extracting(l -> l.getGroupId())
                .containsExactly("district-office");
        assertThat(steps.tasks(instance, ACTIVITY_RECTIFY)).isEmpty();

        // when the district office orders closure
        steps.completeCaseTask(code, ACTIVITY_DECIDE_AFTER_ROUNDS,
                Map.of(CLOSURE_ORDERED, true, FINAL_DECISION_NOTE, "两轮验收未通过 Failed twice"));

        // then the case follows the closure path
        assertThat(instance).isWaitingAt("Activity_ClosePlant").hasPassed("Event_SwitchedToClosure");
        assertThat(cases.findById(opened.getId()).orElseThrow().getDisposition()).isEqualTo(Disposition.CLOSE);
        assertThat(runtimeService.getVariable(instance.getId(), "disposition")).isEqualTo("CLOSE");
        steps.completeCaseTask(code, ClosureVariables.ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(10)));
        steps.completeCaseTask(code, ClosureVariables.ACTIVITY_VERIFY_CLOSURE, ClosureForms.check(true, null));
        steps.completeCaseTask(code, ClosureVariables.ACTIVITY_CHANGE_LICENCE, ClosureForms.licence("CANCELLED"));
        assertThat(cases.findById(opened.getId()).orElseThrow().getOutcome()).isEqualTo(CaseOutcome.CLOSED);
    }

    @Test
    void enterpriseSwitchesToClosureWhileRectifying() {
        // given
        upgrade.upToRectification(code, opened.getId());
        assertThat(cases.findById(opened.getId()).orElseThrow().getStage()).isEqualTo(CaseStage.RECTIFICATION);

        // when
        upgrades.chooseLater(opened.getId(), EnterpriseChoice.Choice.CLOSE, "改造投入过大 Too costly",
                "ent-" + code.toLowerCase());

        // then
        assertThat(instance).isWaitingAt("Activity_ClosePlant");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(code).count()).isZero();
        assertThat(steps.caseTask(code, ClosureVariables.ACTIVITY_ISSUE_NOTICE)).isNotNull();
        assertThat(upgrades.record(opened.getId()).choices()).extracting(EnterpriseChoice::getChoice)
                .containsExactly(EnterpriseChoice.Choice.UPGRADE, EnterpriseChoice.Choice.CLOSE);
        assertThat(cases.findById(opened.getId()).orElseThrow().getDisposition()).isEqualTo(Disposition.CLOSE);
    }

    @Test
    void enterpriseChoosingRelocationAtCommitmentMovesIntoAPark() {
        steps.completeCaseTask(code, ACTIVITY_SIGN_COMMITMENT, commitment("RELOCATE", null, null));

        assertThat(instance).isWaitingAt("Activity_RelocateToPark").hasPassed("Event_SwitchedToRelocation");
        assertThat(cases.findById(opened.getId()).orElseThrow().getDisposition())
                .isEqualTo(Disposition.RELOCATE_TO_PARK);
        assertThatThrownBy(() -> upgrades.chooseLater(opened.getId(), EnterpriseChoice.Choice.CLOSE, "x", "u"))
                .hasMessageContaining("not on the upgrade path");
    }

    @Test
    void rectifyingWithAnOpenHazardIsRefusedNamingIt() {
        upgrade.upToRectification(code, opened.getId());
        Hazard first = hazards.ofCase(opened.getId()).get(0);
        String task = steps.caseTask(code, ACTIVITY_RECTIFY).getId();

        assertThatThrownBy(() -> taskService.complete(task,
                Map.of(RECTIFICATION_EVIDENCE, first.code() + ": 已整改 Done")))
                .hasMessageContaining("hazards still open")
                .hasMessageContaining("H" + (first.getId() + 1));
        assertThat(hazards.ofCase(opened.getId())).allMatch(h -> h.getStatus() == Hazard.Status.OPEN);
    }

    @Test
    void aFirmWithAnExpiredQualificationCannotBeNamed() {
        Intermediary expired = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().minusDays(1));
        Intermediary evaluation = upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1));
        String task = steps.caseTask(code, ACTIVITY_SIGN_COMMITMENT).getId();

        assertThatThrownBy(() -> taskService.complete(task, commitment("UPGRADE", expired.getId(), evaluation.getId())))
                .hasMessageContaining(DESIGN_FIRM_ID).hasMessageContaining("expired");
        assertThat(upgrades.record(opened.getId()).choices()).isEmpty();
    }

    @Test
    void diagnosisWithoutAnUploadedReportIsRefused() {
        Intermediary design = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1));
        Intermediary evaluation = upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1));
        steps.completeCaseTask(code, ACTIVITY_SIGN_COMMITMENT, commitment("UPGRADE", design.getId(), evaluation.getId()));
        String task = steps.caseTask(code, ACTIVITY_DIAGNOSE).getId();

        assertThatThrownBy(() -> taskService.complete(task, UpgradeSteps.diagnosis()))
                .hasMessageContaining("upload the diagnosis report");
        assertThatThrownBy(() -> reports.store(opened.getId(), "a.pdf", "application/pdf", "hello".getBytes(), "d",
                List.of(reports.hiredFirmGroup(opened.getId()))))
                .hasMessageContaining("%PDF-");
        assertThat(reports.ofCase(opened.getId())).isEmpty();
        assertThat(hazards.ofCase(opened.getId())).isEmpty();
    }

    @Test
    void diagnosisDeadlineRemindsThenEscalates() {
        // given a diagnosis due in 30 days (application.yaml)
        Intermediary design = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1));
        Intermediary evaluation = upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1));
        steps.completeCaseTask(code, ACTIVITY_SIGN_COMMITMENT, commitment("UPGRADE", design.getId(), evaluation.getId()));
        Task diagnose = steps.caseTask(code, ACTIVITY_DIAGNOSE);
        Instant created = diagnose.getCreateTime().toInstant();
        assertThat(Duration.between(created, diagnose.getDueDate().toInstant()).toDays()).isEqualTo(30);

        // when
        moveClock(created.plus(Duration.ofDays(28)).plusSeconds(60));
        executeDueTimers();
        moveClock(created.plus(Duration.ofDays(30)).plusSeconds(60));
        executeDueTimers();

        // then
        assertThat(overdueTasks.forCase(opened.getId())).filteredOn(n -> ACTIVITY_DIAGNOSE.equals(n.getActivityId()))
                .extracting(Notification::getKind, Notification::getRecipientGroup)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Notification.Kind.REMINDER, "design-firm-" + design.getId()),
                        org.assertj.core.groups.Tuple.tuple(Notification.Kind.ESCALATION, "district-office"));
        assertThat(steps.caseTask(code, org.rectify.deadline.EscalationProcess.ESCALATE_TASK)).isNotNull();
    }

    @Test
    void rectificationAndReRectificationDeadlinesRemindTheEnterpriseThenEscalate() {
        // given round 1, due by the decision's deadline
        upgrade.upToRectification(code, opened.getId());
        Instant due = RoundVariables.endOf(NEXT_MONTH).toInstant();

        // when
        moveClock(due.minus(Duration.ofDays(2)).plusSeconds(60));
        executeDueTimers();
        moveClock(due.plusSeconds(60));
        executeDueTimers();

        // then the enterprise's user was reminded, the district office got the escalation
        String user = "ent-" + code.toLowerCase();
        List<Notification> sent = overdueTasks.forCase(opened.getId());
        assertThat(sent).filteredOn(n -> n.getKind() == Notification.Kind.REMINDER).singleElement()
                .satisfies(n -> assertThat(n.getRecipientUser()).isEqualTo(user));
        Task escalation = steps.caseTask(code, org.rectify.deadline.EscalationProcess.ESCALATE_TASK);
        assertThat((String) taskService.getVariableLocal(escalation.getId(), "overdueSummary")).contains(user);

        // and a failed acceptance's 限期整改 round has its own deadline and timers
        ClockUtil.reset();
        steps.completeCaseTask(code, ACTIVITY_RECTIFY, upgrade.rectification(opened.getId()));
        steps.completeCaseTask(code, ACTIVITY_EVALUATE, upgrade.evaluation(opened.getId()));
        Map<String, Object> failed = new java.util.HashMap<>(acceptance(false,
                "H" + hazards.ofCase(opened.getId()).get(0).getId()));
        LocalDate limit = LocalDate.now().plusDays(15);
        failed.put(RE_RECTIFICATION_DEADLINE, limit.toString());
        steps.completeCaseTask(code, ACTIVITY_ACCEPT, failed);
        moveClock(RoundVariables.endOf(limit).toInstant().plusSeconds(60));
        executeDueTimers();
        assertThat(overdueTasks.forCase(opened.getId())).filteredOn(n -> n.getKind() == Notification.Kind.ESCALATION)
                .hasSize(2);
    }

    @Test
    void rectificationDeadlineMovesWhenExtendedAndEscalatesAgainOnTheCycle() {
        // given round 1, due by the decision's deadline
        upgrade.upToRectification(code, opened.getId());
        Task rectify = steps.caseTask(code, ACTIVITY_RECTIFY);
        Instant extendedTo = rectify.getDueDate().toInstant().plus(Duration.ofDays(10));

        // when the district office extends it by ten days
        extensions.extend(rectify.getId(), Date.from(extendedTo), "企业申请延期 Equipment delivery late", "district-office1");

        // then the task and both timers move
        assertThat(taskService.createTaskQuery().taskId(rectify.getId()).singleResult().getDueDate().toInstant())
                .isEqualTo(extendedTo);
        assertThat(managementService.createJobQuery().executionId(rectify.getExecutionId()).timers().list())
                .extracting(job -> job.getDuedate().toInstant())
                .containsExactlyInAnyOrder(extendedTo, extendedTo.minus(Duration.ofDays(2)));
        moveClock(rectify.getDueDate().toInstant().plusSeconds(60));
        executeDueTimers();
        assertThat(overdueTasks.forCase(opened.getId())).isEmpty();

        // when the extended date passes, and again three days later
        moveClock(extendedTo.plusSeconds(60));
        executeDueTimers();
        assertThat(steps.tasks(code, org.rectify.deadline.EscalationProcess.ESCALATE_TASK)).hasSize(1);
        assertThat(managementService.createJobQuery().executionId(rectify.getExecutionId()).timers().list())
                .extracting(job -> job.getDuedate().toInstant())
                .allSatisfy(next -> assertThat(next).isAfter(extendedTo.plus(Duration.ofDays(2))));
        moveClock(extendedTo.plus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
        executeDueTimers();

        // then the lateness is escalated a second time, and the late task goes on
        assertThat(steps.tasks(code, org.rectify.deadline.EscalationProcess.ESCALATE_TASK)).hasSize(2);
        assertThat(overdueTasks.forCase(opened.getId())).filteredOn(n -> n.getKind() == Notification.Kind.ESCALATION)
                .hasSize(2);
        assertThat(taskService.createTaskQuery().taskId(rectify.getId()).count()).isOne();
    }

    private static void moveClock(Instant to) {
        ClockUtil.setCurrentTime(Date.from(to));
    }

    private void executeDueTimers() {
        String upgradeInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(PROCESS_ID).singleResult().getId();
        for (Job job : managementService.createJobQuery().processInstanceId(upgradeInstance).timers().executable()
                .list()) {
            managementService.executeJob(job.getId());
        }
    }
}
