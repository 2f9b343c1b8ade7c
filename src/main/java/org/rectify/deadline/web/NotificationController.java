package org.rectify.deadline.web;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.rectify.deadline.Notification;
import org.rectify.deadline.OverdueTasks;
import org.rectify.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's reminders and escalations, newest first. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    record NotificationView(Long id, String kind, String recipientGroup, String recipientUser, Long caseId,
                            String activityId, Instant dueAt, String message, Instant createdAt, String handledBy,
                            Instant handledAt, String handlingOutcome) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind().name(), n.getRecipientGroup(), n.getRecipientUser(),
                    n.getCaseId(), n.getActivityId(), n.getDueAt(), n.getMessage(), n.getCreatedAt(),
                    n.getHandledBy(), n.getHandledAt(), n.getHandlingOutcome());
        }
    }

    private final OverdueTasks overdueTasks;
    private final Caller caller;
    private final IdentityService identityService;

    NotificationController(OverdueTasks overdueTasks, Caller caller, IdentityService identityService) {
        this.overdueTasks = overdueTasks;
        this.caller = caller;
        this.identityService = identityService;
    }

    @GetMapping
    List<NotificationView> mine() {
        String userId = caller.userId();
        List<String> groups = identityService.getCurrentAuthentication().getGroupIds();
        return overdueTasks.forRecipient(groups == null ? List.of() : groups, userId).stream()
                .map(NotificationView::of).toList();
    }
}
