package org.rectify.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.rectify.identity.Agency;
import org.rectify.shared.EngineAsSystem;
import org.rectify.shared.TaskForm;
import org.rectify.shared.TaskForms;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST requests on one task (both paths), checked against the task itself before the
 * engine sees them:
 * <ul>
 *   <li>submit-form, complete, resolve: only the fields of the task's deployed form, each with its
 *       field's type and limits (read-only fields are dropped, never written back); only by the
 *       assignee once the task is claimed;</li>
 *   <li>claim: for oneself, and 409 naming who holds a claimed task;</li>
 *   <li>unclaim and assignee (hand-over): by the assignee, or by the district office; the new
 *       assignee must belong to the task's agency. Done here, as the engine would need broader
 *       grants for it;</li>
 *   <li>comments and attachments: by those who work the task.</li>
 * </ul>
 * A task one may not work is answered as if it did not exist.
 */
class TaskRequestFilter extends OncePerRequestFilter {

    private static final Pattern TASK_ACTION = Pattern.compile(
            "/task/([^/]+)/(submit-form|complete|resolve|claim|unclaim|assignee|comment/create|attachment/create"
                    + "|attachment/[^/]+)");
    private static final Set<String> SUBMISSIONS = Set.of("submit-form", "complete", "resolve");

    private final TaskService taskService;
    private final IdentityService identityService;
    private final TaskForms forms;
    private final EngineAsSystem engine;

    TaskRequestFilter(TaskService taskService, IdentityService identityService, TaskForms forms, EngineAsSystem engine) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.forms = forms;
        this.engine = engine;
    }

    /** How the caller stands to the task. */
    enum Standing { ADMIN, ASSIGNEE, CANDIDATE, DISTRICT_OFFICE, NONE }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> path = EngineRequests.path(request);
        Matcher matcher = path.map(TASK_ACTION::matcher).filter(Matcher::matches).orElse(null);
        boolean attachmentDelete = matcher != null && matcher.group(2).startsWith("attachment/")
                && !matcher.group(2).equals("attachment/create");
        if (matcher == null || !("POST".equals(request.getMethod()) || attachmentDelete && "DELETE".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String userId = caller == null ? null : caller.getName();
        String taskId = matcher.group(1);
        String action = attachmentDelete ? "attachment/delete" : matcher.group(2);
        Task task = engine.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "NotFoundException", EngineErrorsFilter.TASK_GONE);
            return;
        }
        List<IdentityLink> candidates = engine.call(() -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        Standing standing = standing(caller, task, candidates);
        if (standing == Standing.NONE) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "NotFoundException", EngineErrorsFilter.TASK_GONE);
            return;
        }
        if (action.startsWith("comment/") || action.startsWith("attachment/")) {
            if (standing == Standing.DISTRICT_OFFICE) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                        "只有本任务的经办人可以留言或添加附件 Only those who work the task comment on it or attach files");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        JsonNode json = body.length == 0 ? RestErrors.json().createObjectNode() : readJson(body, response);
        if (json == null) {
            return;
        }
        String holder = task.getAssignee();
        switch (action) {
            case "claim" -> {
                String claimant = json.path("userId").asText(null);
                if (standing != Standing.ADMIN && claimant != null && !claimant.equals(userId)) {
                    refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                            "签收只能由本人 A task is claimed by the one who works it; ask the district office to assign it");
                    return;
                }
                if (holder != null && !holder.equals(claimant == null ? userId : claimant)) {
                    refuse(response, HttpServletResponse.SC_CONFLICT, "TaskAlreadyClaimedException", claimedBy(holder));
                    return;
                }
                if (standing == Standing.DISTRICT_OFFICE) {
                    refuse(response, HttpServletResponse.SC_NOT_FOUND, "NotFoundException", EngineErrorsFilter.TASK_GONE);
                    return;
                }
            }
            case "unclaim", "assignee" -> {
                handOver(response, task, candidates, standing, userId,
                        action.equals("unclaim") ? null : json.path("userId").asText(null));
                return;
            }
            default -> {
                if (standing == Standing.DISTRICT_OFFICE) {
                    refuse(response, HttpServletResponse.SC_NOT_FOUND, "NotFoundException", EngineErrorsFilter.TASK_GONE);
                    return;
                }
                if (holder != null && !holder.equals(userId) && standing != Standing.ADMIN) {
                    refuse(response, HttpServletResponse.SC_CONFLICT, "TaskAlreadyClaimedException", claimedBy(holder));
                    return;
                }
                if (SUBMISSIONS.contains(action)) {
                    ObjectNode accepted;
                    try {
                        accepted = forms.of(task).accept(json.path("variables"));
                    } catch (IllegalArgumentException invalid) {
                        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", invalid.getMessage());
                        return;
                    }
                    ObjectNode rewritten = json.isObject() ? ((ObjectNode) json).deepCopy() : RestErrors.json().createObjectNode();
                    rewritten.set("variables", accepted);
                    body = RestErrors.json().writeValueAsBytes(rewritten);
                }
            }
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** Unclaim (to nobody) or hand on to a member of the task's agency. */
    private void handOver(HttpServletResponse response, Task task, List<IdentityLink> candidates, Standing standing,
                          String userId, String newAssignee) throws IOException {
        boolean mayHandOver = standing == Standing.ADMIN || standing == Standing.DISTRICT_OFFICE
                || standing == Standing.ASSIGNEE;
        if (!mayHandOver) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", task.getAssignee() == null
                    ? "任务尚未签收 The task is not claimed; claim it to work on it"
                    : "只有经办人或区化治办可以移交 Only the assignee (" + task.getAssignee()
                            + ") or the district office hands a claimed task on");
            return;
        }
        if (newAssignee != null && !newAssignee.isBlank() && !belongsToTask(newAssignee, candidates)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", "userId: " + newAssignee
                    + " 不是本任务经办机构的成员 is not a member of the agency this task waits for ("
                    + String.join(", ", candidates.stream().map(l -> l.getGroupId() != null ? l.getGroupId()
                    : l.getUserId()).toList()) + ")");
            return;
        }
        String target = newAssignee == null || newAssignee.isBlank() ? null : newAssignee;
        engine.run(() -> taskService.setAssignee(task.getId(), target));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private boolean belongsToTask(String userId, List<IdentityLink> candidates) {
        return engine.call(() -> candidates.stream().anyMatch(link -> userId.equals(link.getUserId())
                || link.getGroupId() != null && !isUmbrella(link.getGroupId())
                && identityService.createUserQuery().userId(userId).memberOfGroup(link.getGroupId()).count() > 0));
    }

    private static Standing standing(Authentication caller, Task task, List<IdentityLink> candidates) {
        if (caller == null || caller.getName() == null) {
            return Standing.NONE;
        }
        Set<String> groups = EngineRequests.groups(caller);
        if (EngineRequests.isAdmin(caller)) {
            return Standing.ADMIN;
        }
        if (caller.getName().equals(task.getAssignee())) {
            return Standing.ASSIGNEE;
        }
        boolean candidate = candidates.stream().anyMatch(link -> caller.getName().equals(link.getUserId())
                || link.getGroupId() != null && !isUmbrella(link.getGroupId()) && groups.contains(link.getGroupId()));
        if (candidate) {
            return Standing.CANDIDATE;
        }
        return groups.contains(Agency.DISTRICT_OFFICE.groupId()) ? Standing.DISTRICT_OFFICE : Standing.NONE;
    }

    private static boolean isUmbrella(String groupId) {
        return Agency.byGroupId(groupId).filter(Agency::isUmbrella).isPresent();
    }

    static String claimedBy(String holder) {
        return "已被 " + holder + " 签收 Already claimed by " + holder;
    }

    private static JsonNode readJson(byte[] body, HttpServletResponse response) throws IOException {
        try {
            return RestErrors.json().readTree(body);
        } catch (IOException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                    "请求体不是有效的 JSON The request body is not valid JSON");
            return null;
        }
    }

    private static void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
        RestErrors.write(response, status, type, message);
    }
}
