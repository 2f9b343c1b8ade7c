package org.rectify.deadline;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What the late tasks of processes that are no enterprise case are about (an equipment inspection's
 * unit), and which group escalations of them go to. The module that owns such a process provides one;
 * reminders and escalations of case tasks name the case's enterprise and go to the district office.
 */
public interface DeadlineSubjects {

    /** The subject of the process tree whose root instance this is, when the tree is this module's. */
    Optional<Subject> ofRootInstance(String rootProcessInstanceId);

    /** @param escalationGroup the group whose 督办 Escalate overdue task a late task of this subject opens */
    record Subject(String name, String code, String escalationGroup) {
    }

    /** The root process instance of the tree the execution belongs to. */
    static String rootInstanceId(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getId();
    }
}
