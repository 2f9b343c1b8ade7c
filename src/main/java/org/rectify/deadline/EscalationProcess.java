package org.rectify.deadline;

/**
 * Names of Process_EscalateOverdueTask (processes/escalate-overdue-task.bpmn) and of the event
 * subprocess 督办逾期任务 in each case process that calls it.
 */
public final class EscalationProcess {

    public static final String PROCESS_ID = "Process_EscalateOverdueTask";
    /** the escalation's own user task, handled by the district office */
    public static final String ESCALATE_TASK = "Activity_EscalateOverdueTask";
    /** the call activity of a case process's event subprocess */
    public static final String CALL_ESCALATION = "Activity_CallEscalation";

    /** correlated to the late task's process instance: starts its event subprocess */
    public static final String MESSAGE_TASK_OVERDUE = "Message_TaskOverdue";
    /** correlated to the escalations of a task when it is done: closes them */
    public static final String MESSAGE_OVERDUE_TASK_DONE = "Message_OverdueTaskDone";

    /** the late task's id, set by the server on the event subprocess and passed to the escalation */
    public static final String OVERDUE_TASK_ID = "overdueTaskId";
    /** what the escalation form shows: who is late on what */
    public static final String OVERDUE_SUMMARY = "overdueSummary";
    public static final String ESCALATION_OUTCOME = "escalationOutcome";
    public static final String ESCALATION_NOTE = "escalationNote";

    private EscalationProcess() {
    }
}
