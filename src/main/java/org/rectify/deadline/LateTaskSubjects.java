package org.rectify.deadline;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.enterprise.Enterprise;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Component;

/**
 * Names what a task of any process is about, for reminders and escalations: the case's enterprise, or
 * the subject another module gives (see {@link DeadlineSubjects}). Also the candidate group of the
 * 督办 Escalate overdue task: {@code ${lateTasks.escalationGroup(execution)}}.
 */
@Component("lateTasks")
public class LateTaskSubjects {

    private final CaseProcesses caseProcesses;
    private final CaseLifecycle lifecycle;
    private final List<DeadlineSubjects> others;

    LateTaskSubjects(CaseProcesses caseProcesses, CaseLifecycle lifecycle, List<DeadlineSubjects> others) {
        this.caseProcesses = caseProcesses;
        this.lifecycle = lifecycle;
        this.others = others;
    }

    /** The subject of the execution's process tree, or empty when it is neither a case nor another module's. */
    public Optional<DeadlineSubjects.Subject> of(DelegateExecution execution) {
        Long caseId = caseProcesses.caseIdOrNull(execution);
        if (caseId != null) {
            Enterprise enterprise = lifecycle.find(caseId).getEnterprise();
            return Optional.of(new DeadlineSubjects.Subject(enterprise.getName(), enterprise.getCreditCode(),
                    Agency.DISTRICT_OFFICE.groupId()));
        }
        String root = DeadlineSubjects.rootInstanceId(execution);
        return others.stream().map(o -> o.ofRootInstance(root)).flatMap(Optional::stream).findFirst();
    }

    /** The group that handles escalations of the tree's late tasks: the district office for cases. */
    public String escalationGroup(DelegateExecution execution) {
        return of(execution).map(DeadlineSubjects.Subject::escalationGroup).orElse(Agency.DISTRICT_OFFICE.groupId());
    }
}
