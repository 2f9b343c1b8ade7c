package org.rectify.onsite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.enterprise.CaseProcesses;
import org.rectify.identity.Agency;
import org.rectify.onsite.OnSiteSubmission.PhotoFacts;
import org.rectify.shared.DocumentStore;
import org.rectify.shared.EngineAsSystem;
import org.rectify.shared.TaskForms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * An on-site task completed from the phone page, all or nothing: the form's fields checked as for
 * Tasklist (only the deployed form's, each with its type), the photos checked, then the visit, its
 * photos and the task's completion in one transaction. A task completed already, on another device
 * or in Tasklist, refuses the submission whole; a retry of a submission that went through (its answer
 * lost on a bad connection) is recognised by its client key and answered as before.
 */
@Service
public class OnSiteResults {

    /** A photo as it arrived, before its checks. */
    public record PhotoPart(String fileName, byte[] content) {
    }

    public record PhotoView(Long id, String fileName, String href) {
    }

    public record VisitView(Long visitId, String taskId, Long caseId, boolean repeated, List<PhotoView> photos) {
    }

    static final String COMPLETED = "此任务已办结（在其他设备或任务列表中），本次提交未记录 This task was completed"
            + " already, on another device or in Tasklist; nothing of this submission was recorded";

    private final TaskService taskService;
    private final FormService formService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final TaskForms forms;
    private final CaseProcesses caseProcesses;
    private final EngineAsSystem engine;
    private final DocumentStore documents;
    private final SiteVisitRepository visits;
    private final SitePhotoRepository photos;
    private final PhotoChecks checks;

    OnSiteResults(TaskService taskService, FormService formService, HistoryService historyService,
                  IdentityService identityService, TaskForms forms, CaseProcesses caseProcesses, EngineAsSystem engine,
                  DocumentStore documents, SiteVisitRepository visits, SitePhotoRepository photos,
                  @Value("${rectify.on-site.photo-max-size:5MB}") DataSize photoMaxSize,
                  @Value("${rectify.on-site.max-photos:6}") int maxPhotos) {
        this.taskService = taskService;
        this.formService = formService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.forms = forms;
        this.caseProcesses = caseProcesses;
        this.engine = engine;
        this.documents = documents;
        this.visits = visits;
        this.photos = photos;
        this.checks = new PhotoChecks(photoMaxSize.toBytes(), maxPhotos);
    }

    /**
     * @throws TaskCompletedException when the task was completed already: nothing is recorded
     * @throws IllegalArgumentException naming the field or photo a rule refuses: nothing is recorded
     * @throws NoSuchElementException when the caller may not work the task (as if it did not exist)
     */
    @Transactional
    public VisitView submit(String taskId, OnSiteSubmission submission, List<PhotoPart> parts, String userId) {
        checkSubmission(submission, parts);
        var earlier = visits.findByClientKey(submission.clientKey());
        if (earlier.isPresent()) {
            if (!earlier.get().getTaskId().equals(taskId)) {
                throw new IllegalArgumentException("clientKey: 已用于另一任务 used for another task's submission");
            }
            return view(earlier.get(), true);
        }
        Task task = engine.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw gone(taskId);
        }
        if (!works(task, userId)) {
            throw new NoSuchElementException("taskId: 无此任务 no task " + taskId);
        }
        if (!OnSiteActivities.ACTIVITIES.contains(task.getTaskDefinitionKey())) {
            throw new IllegalArgumentException("taskId: 不是现场任务 " + task.getName() + " is not done on site;"
                    + " complete it in Tasklist");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
            throw new TaskCompletedException("已被 " + task.getAssignee() + " 签收 Already claimed by "
                    + task.getAssignee() + "; nothing of this submission was recorded");
        }
        ObjectNode accepted = forms.of(task).accept(submission.variables());
        List<PhotoUpload> uploads = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PhotoFacts facts = submission.photos() != null && i < submission.photos().size() ? submission.photos().get(i) : null;
            uploads.add(checks.check(i, parts.get(i).fileName(), parts.get(i).content(), facts));
        }
        SiteVisit visit;
        try {
            visit = visits.saveAndFlush(new SiteVisit(taskId, task.getTaskDefinitionKey(), task.getName(),
                    task.getProcessInstanceId(), caseProcesses.caseId(task), submission, userId));
        } catch (DataIntegrityViolationException twice) {
            // another submission of this task (or this very one, retried) got there first
            throw new TaskCompletedException(COMPLETED);
        }
        for (PhotoUpload upload : uploads) {
            String key = "site-photo/" + UUID.randomUUID();
            documents.put(key, upload.content());
            photos.save(new SitePhoto(visit.getId(), key, upload));
        }
        try {
            if (task.getAssignee() == null) {
                taskService.claim(taskId, userId);
            }
            formService.submitTaskForm(taskId, values(accepted));
        } catch (org.camunda.bpm.engine.exception.NullValueException | org.camunda.bpm.engine.OptimisticLockingException
                 | org.camunda.bpm.engine.TaskAlreadyClaimedException meanwhile) {
            throw gone(taskId);
        }
        return view(visit, false);
    }

    private void checkSubmission(OnSiteSubmission submission, List<PhotoPart> parts) {
        if (submission == null) {
            throw new IllegalArgumentException("submission: 缺少提交内容 the submission part is missing");
        }
        if (submission.clientKey() == null || !submission.clientKey().matches("[A-Za-z0-9-]{8,64}")) {
            throw new IllegalArgumentException("clientKey: 8 to 64 letters, digits or hyphens identify this submission");
        }
        if (submission.signedName() == null || submission.signedName().isBlank() || submission.signedName().length() > 100) {
            throw new IllegalArgumentException("signedName: 请签名 the inspector's name is required (at most 100 characters)");
        }
        if (submission.signedAt() == null) {
            throw new IllegalArgumentException("signedAt: 缺少签名时间 the time of signing is required");
        }
        if (parts.size() > checks.maxPhotos()) {
            throw new IllegalArgumentException("photos: 照片过多 at most " + checks.maxPhotos() + " photos per task, got "
                    + parts.size());
        }
    }

    /** The task is gone: completed (a visit or history says so), else it never was. */
    private RuntimeException gone(String taskId) {
        boolean completed = visits.findByTaskId(taskId).isPresent() || engine.call(() -> historyService
                .createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
        if (!completed) {
            return new NoSuchElementException("taskId: 无此任务 no task " + taskId);
        }
        return new TaskCompletedException(COMPLETED);
    }

    private boolean works(Task task, String userId) {
        if (userId.equals(task.getAssignee())) {
            return true;
        }
        List<IdentityLink> candidates = engine.call(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        return engine.call(() -> candidates.stream().anyMatch(link -> userId.equals(link.getUserId())
                || link.getGroupId() != null && Agency.byGroupId(link.getGroupId()).filter(Agency::isUmbrella).isEmpty()
                && identityService.createUserQuery().userId(userId).memberOfGroup(link.getGroupId()).count() > 0));
    }

    /** The checked variables as the engine takes them. */
    private static Map<String, Object> values(ObjectNode accepted) {
        Map<String, Object> values = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = accepted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue().path("value");
            Object plain;
            if (value.isMissingNode() || value.isNull()) {
                plain = null;
            } else if (value.isBoolean()) {
                plain = value.booleanValue();
            } else if (value.isIntegralNumber()) {
                plain = value.longValue();
            } else if (value.isNumber()) {
                plain = value.doubleValue();
            } else {
                plain = value.asText();
            }
            values.put(entry.getKey(), plain);
        }
        return values;
    }

    private VisitView view(SiteVisit visit, boolean repeated) {
        return new VisitView(visit.getId(), visit.getTaskId(), visit.getCaseId(), repeated,
                photos.findByVisitIdInOrderByIdAsc(List.of(visit.getId())).stream()
                        .map(p -> new PhotoView(p.getId(), p.getFileName(), "/api/site-photos/" + p.getId())).toList());
    }

    /** The task was completed (or claimed by someone else) before this submission: nothing was recorded. */
    public static class TaskCompletedException extends RuntimeException {
        TaskCompletedException(String message) {
            super(message);
        }
    }
}
