package org.rectify.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The deployed Camunda Form of a task, parsed once per process definition and activity (a form is
 * deployed with its process, camunda:formRefBinding="deployment", so the pair names one form).
 */
@Component
public class TaskForms {

    private final FormService formService;
    private final EngineAsSystem engine;
    private final Map<String, TaskForm> forms = new ConcurrentHashMap<>();

    TaskForms(FormService formService, EngineAsSystem engine) {
        this.formService = formService;
        this.engine = engine;
    }

    public TaskForm of(Task task) {
        return of(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    public TaskForm of(DelegateTask task) {
        return of(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    private TaskForm of(String taskId, String processDefinitionId, String activityId) {
        if (processDefinitionId == null) {
            return TaskForm.none();
        }
        return forms.computeIfAbsent(processDefinitionId + "#" + activityId, key -> load(taskId));
    }

    private TaskForm load(String taskId) {
        return engine.call(() -> {
            try (InputStream form = formService.getDeployedTaskForm(taskId)) {
                return TaskForm.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
            } catch (org.camunda.bpm.engine.BadUserRequestException noForm) {
                return TaskForm.none();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
