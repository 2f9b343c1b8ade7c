package org.rectify.support;

import static org.rectify.enterprise.EnterpriseCaseVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.Disposition;
import org.rectify.review.AccessDimension;

/** The form submissions of the case's user tasks, as Tasklist would send them. */
public final class CaseSteps {

    private final TaskService taskService;

    public CaseSteps(TaskService taskService) {
        this.taskService = taskService;
    }

    public static Map<String, Object> survey(Set<AccessDimension> failing, boolean running, boolean approvals) {
        Map<String, Object> form = new HashMap<>();
        for (AccessDimension dimension : AccessDimension.values()) {
            boolean compliant = !failing.contains(dimension);
            form.put(dimension.compliantVariable(), compliant);
            form.put(dimension.noteVariable(), compliant ? "" : "不符合 " + dimension.displayName());
        }
        form.put(PRODUCTION_RUNNING, running);
        form.put(APPROVALS_PRESENT, approvals);
        return form;
    }

    public static Map<String, Object> opinion(Disposition proposed, String text) {
        return Map.of(OPINION_DISPOSITION, proposed.name(), OPINION_TEXT, text);
    }

    public static Map<String, Object> decision(Disposition disposition, LocalDate deadline, String agency) {
        Map<String, Object> form = new HashMap<>();
        form.put(DISPOSITION, disposition.name());
        form.put(DISPOSITION_DEADLINE, deadline == null ? null : deadline.toString());
        form.put(SUPERVISING_AGENCY, agency);
        form.put(DECISION_REASONING, "会审意见一致 The agencies agree");
        return form;
    }

    public static Map<String, Object> confirmation() {
        return Map.of(VERIFICATION_CONFIRMED, true, VERIFICATION_NOTE, "现场情况与会审一致 As reviewed");
    }

    public static Map<String, Object> amendment(Disposition disposition, LocalDate deadline, String agency) {
        Map<String, Object> form = new HashMap<>();
        form.put(VERIFICATION_CONFIRMED, false);
        form.put(AMENDED_DISPOSITION, disposition.name());
        form.put(AMENDED_DEADLINE, deadline == null ? null : deadline.toString());
        form.put(AMENDED_SUPERVISING_AGENCY, agency);
        form.put(VERIFICATION_NOTE, "现场核查调整 Adjusted on site");
        return form;
    }

    public Task task(ProcessInstance instance, String activityId) {
        List<Task> tasks = tasks(instance, activityId);
        if (tasks.size() != 1) {
            throw new AssertionError("expected one task " + activityId + ", found " + tasks.size());
        }
        return tasks.get(0);
    }

    public List<Task> tasks(ProcessInstance instance, String activityId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list();
    }

    public void complete(ProcessInstance instance, String activityId, Map<String, Object> form) {
        taskService.complete(task(instance, activityId).getId(), form);
    }

    /** The one open task of an activity anywhere in the case, called processes included. */
    public Task caseTask(String creditCode, String activityId) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(creditCode)
                .taskDefinitionKey(activityId).list();
        if (tasks.size() != 1) {
            throw new AssertionError("expected one task " + activityId + " in case " + creditCode + ", found "
                    + tasks.size());
        }
        return tasks.get(0);
    }

    /** All open tasks of an activity anywhere in the case. */
    public List<Task> tasks(String creditCode, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(creditCode).taskDefinitionKey(activityId).list();
    }

    public void completeCaseTask(String creditCode, String activityId, Map<String, Object> form) {
        taskService.complete(caseTask(creditCode, activityId).getId(), form);
    }

    /** Survey, joint review, decision and a confirmed verification: the case leaves the review. */
    public void decideAndConfirm(ProcessInstance instance, Disposition disposition, LocalDate deadline, String agency) {
        surveyAndReview(instance, Set.of(), disposition);
        complete(instance, ACTIVITY_DECIDE, decision(disposition, deadline, agency));
        complete(instance, ACTIVITY_VERIFY, confirmation());
    }

    /** Survey with everything compliant, then every reviewing agency proposes the same. */
    public void surveyAndReview(ProcessInstance instance, Set<AccessDimension> failing, Disposition proposed) {
        complete(instance, ACTIVITY_SURVEY, survey(failing, true, true));
        for (Task review : tasks(instance, ACTIVITY_JOINT_REVIEW)) {
            taskService.complete(review.getId(), opinion(proposed, "同意 Agreed"));
        }
    }
}
