package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.ACTIVITY_ISSUE_NOTICE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rectify.RectifyApplication;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Timers live in the database: the application stops after a deadline is set and a new start
 * on the same database escalates the task when the deadline passes, by its own job executor.
 */
@Tag("database")
class TimerRestartTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDeadlineSetBeforeARestartFiresAfterIt() throws Exception {
        // given a closure notice with its deadline, and the application stopped
        String code;
        Date due;
        try (ConfigurableApplicationContext first = start(false)) {
            EnterpriseCase opened = first.getBean(CaseOpening.class).open(Enterprises.glueFactory(), null);
            code = opened.getEnterprise().getCreditCode();
            TaskService taskService = first.getBean(TaskService.class);
            new CaseSteps(taskService).decideAndConfirm(first.getBean(RuntimeService.class)
                    .createProcessInstanceQuery().processInstanceId(opened.getProcessInstanceId()).singleResult(),
                    Disposition.CLOSE, LocalDate.now().plusMonths(1), "safety");
            due = new CaseSteps(taskService).caseTask(code, ACTIVITY_ISSUE_NOTICE).getDueDate();
        }

        // when it starts again, with its job executor, after the deadline
        ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofHours(1))));
        try (ConfigurableApplicationContext second = start(true)) {
            TaskService taskService = second.getBean(TaskService.class);

            // then the overdue timer fires and the district office gets its escalation
            Instant giveUp = Instant.now().plusSeconds(60);
            long escalations = 0;
            while (escalations == 0 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(500);
                escalations = taskService.createTaskQuery().processInstanceBusinessKey(code)
                        .taskDefinitionKey(EscalationProcess.ESCALATE_TASK).count();
            }
            assertThat(escalations).isOne();
            Task escalation = taskService.createTaskQuery().processInstanceBusinessKey(code)
                    .taskDefinitionKey(EscalationProcess.ESCALATE_TASK).singleResult();
            assertThat(taskService.getIdentityLinksForTask(escalation.getId())).extracting(l -> l.getGroupId())
                    .containsExactly("district-office");
        }
    }

    private static ConfigurableApplicationContext start(boolean jobExecutor) {
        // arguments outrank the test configuration, which switches the job executor off
        return new SpringApplicationBuilder(RectifyApplication.class)
                .run("--server.port=0", "--camunda.bpm.job-execution.enabled=" + jobExecutor,
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        "--spring.jmx.enabled=false");
    }
}
