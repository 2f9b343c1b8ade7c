package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rectify.closure.ClosureVariables;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.rectification.DiagnosisReports;
import org.rectify.rectification.HazardRegister;
import org.rectify.rectification.Intermediary;
import org.rectify.rectification.IntermediaryRegister;
import org.rectify.rectification.RectificationVariables;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deadline every case task declares, for a task of each case process, with the clock moved: an
 * extension moves the due date and both timers; the reminder goes out before the new due date;
 * after it Process_EscalateOverdueTask opens with a due date of its own, again three days later, and
 * both escalations close when the late task is done.
 */
@IntegrationTest
class DeadlinesOfEachProcessTest {

    /** A task of each process, reached the way its case reaches it, and a valid submission of its form. */
    enum Stage {
        SURVEY("Process_EnterpriseCase", EnterpriseCaseVariables.ACTIVITY_SURVEY, null),
        CLOSURE_NOTICE("Process_Closure", ClosureVariables.ACTIVITY_ISSUE_NOTICE, Disposition.CLOSE),
        LICENCE("Process_LicenceChange", ClosureVariables.ACTIVITY_CHANGE_LICENCE, Disposition.ADJUST_LICENCE_SCOPE),
        RELOCATION_PLAN("Process_Relocation", ClosureVariables.ACTIVITY_PLAN_RELOCATION, Disposition.RELOCATE_TO_PARK),
        COMMITMENT("Process_UpgradeInPlace", RectificationVariables.ACTIVITY_SIGN_COMMITMENT, Disposition.RECTIFY_IN_PLACE);

        final String process;
        final String activity;
        final Disposition decided;

        Stage(String process, String activity, Disposition decided) {
            this.process = process;
            this.activity = activity;
            this.decided = decided;
        }
    }

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired CaseOpening opening;
    @Autowired OverdueTasks overdueTasks;
    @Autowired DeadlineExtensions extensions;
    @Autowired IntermediaryRegister firms;
    @Autowired DiagnosisReports reports;
    @Autowired HazardRegister hazards;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void extendedRemindedEscalatedTwiceAndClosedWhenDone(Stage stage) {
        // given the stage's task, open on its process's diagram
        CaseSteps steps = new CaseSteps(taskService);
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        if (stage.decided != null) {
            steps.decideAndConfirm(runtimeService.createProcessInstanceQuery()
                    .processInstanceId(opened.getProcessInstanceId()).singleResult(), stage.decided,
                    LocalDate.now().plusMonths(2), "safety");
        }
        Task task = steps.caseTask(code, stage.activity);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .processDefinitionKey(stage.process).count()).isOne();
        Instant due = task.getDueDate().toInstant();
        Instant followUp = task.getFollowUpDate().toInstant();
        assertThat(followUp).isBefore(due);

        // when the district office extends it by two days
        Instant extended = due.plus(Duration.ofDays(2));
        extensions.extend(task.getId(), Date.from(extended), "企业申请延期 Asked for time", "district-office1");

        // then the task and both its timers move by two days
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate().toInstant())
                .isEqualTo(extended);
        // (the follow-up date and the timers are computed a moment apart when the task is created)
        List<Instant> timers = timersOf(task).stream().map(job -> job.getDuedate().toInstant()).sorted().toList();
        assertThat(timers).hasSize(2);
        assertThat(timers.get(0)).isCloseTo(followUp.plus(Duration.ofDays(2)), within(2, ChronoUnit.SECONDS));
        assertThat(timers.get(1)).isCloseTo(extended, within(2, ChronoUnit.SECONDS));

        // when the reminder is due
        runTimersAt(task, followUp.plus(Duration.ofDays(2)).plusSeconds(60));

        // then those who work the task are reminded, once
        assertThat(notifications(opened, stage, Notification.Kind.REMINDER)).hasSize(1);
        assertThat(steps.tasks(code, EscalationProcess.ESCALATE_TASK)).isEmpty();

        // when the extended due date passes
        runTimersAt(task, extended.plusSeconds(60));

        // then an escalation is called with a due date and a reminder of its own
        List<Task> escalations = steps.tasks(code, EscalationProcess.ESCALATE_TASK);
        assertThat(escalations).singleElement().satisfies(escalation -> {
            assertThat(escalation.getDueDate()).isAfter(Date.from(extended));
            assertThat(Duration.between(extended, escalation.getDueDate().toInstant()).toDays()).isBetween(1L, 5L);
            assertThat(managementService.createJobQuery().executionId(escalation.getExecutionId()).timers().count())
                    .isOne();
        });
        assertThat(notifications(opened, stage, Notification.Kind.ESCALATION)).hasSize(1);

        // when it is still late three days later
        runTimersAt(task, extended.plus(Duration.ofDays(3)).plusSeconds(120));

        // then it is escalated a second time
        assertThat(steps.tasks(code, EscalationProcess.ESCALATE_TASK)).hasSize(2);

        // when the late task is done
        ClockUtil.reset();
        steps.completeCaseTask(code, stage.activity, form(stage).apply(opened));

        // then both escalations close by themselves
        assertThat(steps.tasks(code, EscalationProcess.ESCALATE_TASK)).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(EscalationProcess.PROCESS_ID).list()).hasSize(2).allSatisfy(escalation ->
                assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(escalation.getId())
                        .activityId("Event_EscalationClosed").count()).isOne());
    }

    private Function<EnterpriseCase, Map<String, Object>> form(Stage stage) {
        return switch (stage) {
            case SURVEY -> c -> CaseSteps.survey(Set.of(), true, true);
            case CLOSURE_NOTICE -> c -> ClosureForms.notice(LocalDate.now().plusDays(20));
            case LICENCE -> c -> {
                Map<String, Object> form = new java.util.HashMap<>(ClosureForms.licence("SCOPE_AMENDED"));
                form.put(ClosureVariables.SAFETY_LICENCE, "KEPT");
                form.put(ClosureVariables.DISCHARGE_PERMIT, "NONE");
                return form;
            };
            case RELOCATION_PLAN -> c -> ClosureForms.relocationPlan();
            case COMMITMENT -> c -> {
                UpgradeSteps upgrade = new UpgradeSteps(new CaseSteps(taskService), firms, reports, hazards);
                Intermediary design = upgrade.firm(Intermediary.Kind.DESIGN_FIRM, LocalDate.now().plusYears(1));
                Intermediary evaluation = upgrade.firm(Intermediary.Kind.EVALUATION_FIRM, LocalDate.now().plusYears(1));
                return UpgradeSteps.commitment("UPGRADE", design.getId(), evaluation.getId());
            };
        };
    }

    private List<Job> timersOf(Task task) {
        return managementService.createJobQuery().executionId(task.getExecutionId()).timers().list();
    }

    /** Moves the clock and runs the task's timers that are due then, as the job executor would. */
    private void runTimersAt(Task task, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        for (Job timer : managementService.createJobQuery().executionId(task.getExecutionId()).timers().executable()
                .list()) {
            managementService.executeJob(timer.getId());
        }
    }

    private List<Notification> notifications(EnterpriseCase opened, Stage stage, Notification.Kind kind) {
        return overdueTasks.forCase(opened.getId()).stream()
                .filter(n -> n.getKind() == kind && stage.activity.equals(n.getActivityId())).toList();
    }
}
