package org.rectify.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Enterprise;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.springframework.stereotype.Component;

/**
 * Gives a new 督办 Escalate overdue task the summary of who is late on what, the enterprise's name
 * and credit code that Tasklist's list shows for every case task, and a due date of its own: the
 * end of the second working day, before the lateness is escalated again.
 */
@Component
class EscalationTaskListener implements TaskListener {

    static final String OVERDUE_ACTIVITY = "overdueActivity";
    static final String OVERDUE_SUMMARY = "overdueSummary";
    /** working days the district office has to handle an escalation */
    static final int HANDLE_WITHIN_WORKING_DAYS = 2;

    private final OverdueTasks overdueTasks;
    private final CaseProcesses caseProcesses;
    private final CaseLifecycle lifecycle;
    private final WorkingDayCalendar calendar;

    EscalationTaskListener(OverdueTasks overdueTasks, CaseProcesses caseProcesses, CaseLifecycle lifecycle,
                           WorkingDayCalendar calendar) {
        this.overdueTasks = overdueTasks;
        this.caseProcesses = caseProcesses;
        this.lifecycle = lifecycle;
        this.calendar = calendar;
    }

    @Override
    public void notify(DelegateTask task) {
        String summary = overdueTasks.escalate(task.getExecution(), (String) task.getVariable(OVERDUE_ACTIVITY),
                task.getId());
        task.setVariableLocal(OVERDUE_SUMMARY, summary);
        Enterprise enterprise = lifecycle.find(caseProcesses.caseId(task)).getEnterprise();
        task.setVariableLocal(EnterpriseCaseVariables.ENTERPRISE_NAME, enterprise.getName());
        task.setVariableLocal(EnterpriseCaseVariables.CREDIT_CODE, enterprise.getCreditCode());
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        LocalDate last = calendar.plusWorkingDays(today, HANDLE_WITHIN_WORKING_DAYS);
        task.setDueDate(Date.from(last.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant()));
    }
}
