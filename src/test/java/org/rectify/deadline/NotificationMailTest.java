package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.ACTIVITY_ISSUE_NOTICE;
import static org.rectify.closure.ClosureVariables.CLOSURE_PROCESS_ID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Reminders and escalations reach the agency's people by e-mail through a real SMTP server. */
@IntegrationTest
@TestPropertySource(properties = {
        "rectify.mail.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=3925"})
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseOpening opening;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDistrictOfficeIsRemindedAndThenEscalatedToByMail() throws Exception {
        // given a closure notice (the district office's task) due in five days
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        CaseSteps steps = new CaseSteps(taskService);
        steps.decideAndConfirm(runtimeService.createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult(), Disposition.CLOSE,
                LocalDate.now().plusMonths(1), "safety");
        Task notice = steps.caseTask(code, ACTIVITY_ISSUE_NOTICE);

        // when the reminder and then the due date come
        ClockUtil.setCurrentTime(Date.from(notice.getFollowUpDate().toInstant().plusSeconds(60)));
        executeDueTimers(code);
        ClockUtil.setCurrentTime(Date.from(notice.getDueDate().toInstant().plus(Duration.ofMinutes(1))));
        executeDueTimers(code);

        // then both mails went to the district office's users, naming the task and the enterprise
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(4); // two district-office demo users, two mails each
        assertThat(Arrays.stream(mails).flatMap(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).containsExactlyInAnyOrder("district-office1@rectify.example", "district-office2@rectify.example");
        assertThat(Arrays.stream(mails).map(m -> {
            try {
                return m.getContent().toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }))
                .anySatisfy(body -> assertThat(body).contains("提醒 Reminder").contains(opened.getEnterprise().getName()))
                .anySatisfy(body -> assertThat(body).contains("逾期任务 Overdue task").contains("下达关闭通知"));
        assertThat(Arrays.stream(mails).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).anySatisfy(subject -> assertThat(subject).contains("督办 Escalation"));
    }

    private void executeDueTimers(String code) {
        String closure = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(CLOSURE_PROCESS_ID).singleResult().getId();
        for (Job job : managementService.createJobQuery().processInstanceId(closure).timers().executable().list()) {
            managementService.executeJob(job.getId());
        }
    }
}
