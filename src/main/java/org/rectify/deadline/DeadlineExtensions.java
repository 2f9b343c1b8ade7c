package org.rectify.deadline;

import java.util.Date;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.shared.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district office moves a task's due date: the task shows the new date, and its reminder and
 * escalation timers move by the same time. Every move is kept.
 */
@Service
@Transactional
public class DeadlineExtensions {

    private final DeadlineExtensionRepository extensions;
    private final TaskService taskService;
    private final CaseProcesses caseProcesses;
    private final ManagementService managementService;
    private final EngineAsSystem engine;

    DeadlineExtensions(DeadlineExtensionRepository extensions, TaskService taskService, CaseProcesses caseProcesses,
                       ManagementService managementService, EngineAsSystem engine) {
        this.extensions = extensions;
        this.taskService = taskService;
        this.caseProcesses = caseProcesses;
        this.managementService = managementService;
        this.engine = engine;
    }

    public DeadlineExtension extend(String taskId, Date newDue, String reason, String userId) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: an extension needs a reason");
        }
        if (reason.length() > 2000) {
            throw new IllegalArgumentException("reason: at most 2000 characters");
        }
        if (newDue == null) {
            throw new IllegalArgumentException("dueDate: the new due date is required");
        }
        if (!newDue.after(ClockUtil.getCurrentTime())) {
            throw new IllegalArgumentException("dueDate: the new due date must be in the future");
        }
        return engine.call(() -> {
            Task task = Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).singleResult())
                    .orElseThrow(() -> new NoSuchElementException("taskId: no open task " + taskId));
            if (task.getDueDate() == null) {
                throw new IllegalArgumentException("taskId: task " + taskId + " has no deadline to extend");
            }
            Long caseId = caseProcesses.caseId(task);
            DeadlineExtension extension = extensions.save(new DeadlineExtension(caseId, taskId, task.getExecutionId(),
                    task.getTaskDefinitionKey(), task.getName(), task.getDueDate().toInstant(), newDue.toInstant(),
                    reason.strip(), userId));
            java.time.Duration shift = java.time.Duration.between(task.getDueDate().toInstant(), newDue.toInstant());
            task.setDueDate(newDue);
            taskService.saveTask(task);
            // the reminder and the escalation cycle keep their distance to the due date;
            // cascade moves the later escalations of the cycle too
            for (Job timer : managementService.createJobQuery().executionId(task.getExecutionId()).timers().list()) {
                managementService.setJobDuedate(timer.getId(), Date.from(timer.getDuedate().toInstant().plus(shift)), true);
            }
            return extension;
        });
    }

    @Transactional(readOnly = true)
    public List<DeadlineExtension> forCase(Long caseId) {
        return extensions.findByCaseIdOrderByIdAsc(caseId);
    }

}
