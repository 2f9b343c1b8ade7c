package org.rectify.onsite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.springframework.stereotype.Service;

/**
 * The caller's open on-site tasks with all the phone page needs to work them without a connection:
 * each task's deployed form (designers edit one form for Tasklist and the phone) and the values its
 * fields start with, the read-only context included. Queried as the caller, under the engine's
 * authorizations, as Tasklist queries.
 */
@Service
public class OnSiteTasks {

    public record OnSiteTask(String id, String name, String activityId, Date due, String assignee, String subject,
                             String creditCode, JsonNode form, Map<String, Object> values) {
    }

    private static final int MOST = 200;

    private final TaskService taskService;
    private final FormService formService;
    private final ObjectMapper json;
    /** raw forms by process definition and activity: a deployed form never changes */
    private final Map<String, JsonNode> forms = new ConcurrentHashMap<>();

    OnSiteTasks(TaskService taskService, FormService formService, ObjectMapper json) {
        this.taskService = taskService;
        this.formService = formService;
        this.json = json;
    }

    public List<OnSiteTask> of(String userId) {
        String[] activities = OnSiteActivities.ACTIVITIES.toArray(String[]::new);
        Map<String, Task> open = new LinkedHashMap<>();
        taskService.createTaskQuery().taskAssignee(userId).taskDefinitionKeyIn(activities).orderByDueDate().asc()
                .listPage(0, MOST).forEach(t -> open.put(t.getId(), t));
        taskService.createTaskQuery().taskCandidateUser(userId).taskDefinitionKeyIn(activities).orderByDueDate().asc()
                .listPage(0, MOST).forEach(t -> open.putIfAbsent(t.getId(), t));
        List<OnSiteTask> tasks = new ArrayList<>();
        for (Task task : open.values()) {
            JsonNode form = forms.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                    key -> deployedForm(task.getId()));
            VariableMap variables = formService.getTaskFormVariables(task.getId());
            Map<String, Object> values = new LinkedHashMap<>();
            collectKeys(form.path("components"), new ArrayList<>()).forEach(key -> {
                Object value = variables.get(key);
                if (value != null) {
                    values.put(key, value instanceof Date date ? date.toInstant().toString() : value);
                }
            });
            tasks.add(new OnSiteTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getDueDate(),
                    task.getAssignee(), text(variables.get(EnterpriseCaseVariables.ENTERPRISE_NAME)),
                    text(variables.get(EnterpriseCaseVariables.CREDIT_CODE)), form, values));
        }
        return tasks;
    }

    private JsonNode deployedForm(String taskId) {
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return json.readTree(new String(form.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> collectKeys(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            if (component.has("key")) {
                keys.add(component.get("key").asText());
            }
            collectKeys(component.path("components"), keys);
        }
        return keys;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
