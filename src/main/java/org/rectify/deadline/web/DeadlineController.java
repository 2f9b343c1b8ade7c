package org.rectify.deadline.web;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.rectify.deadline.DeadlineExtension;
import org.rectify.deadline.DeadlineExtensions;
import org.rectify.deadline.OverdueView;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.enterprise.CaseView;
import org.rectify.identity.Agency;
import org.rectify.shared.TaskForm;
import org.rectify.identity.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deadline extensions by the district office, and the view of late and soon-due tasks. */
@RestController
class DeadlineController {

    record ExtensionRequest(@NotNull String dueDate, String reason) {
    }

    private final DeadlineExtensions extensions;
    private final OverdueView overdueView;
    private final Caller caller;
    private final CaseAccessPolicy policy;

    DeadlineController(DeadlineExtensions extensions, OverdueView overdueView, Caller caller, CaseAccessPolicy policy) {
        this.extensions = extensions;
        this.overdueView = overdueView;
        this.caller = caller;
        this.policy = policy;
    }

    /** dueDate: a day (yyyy-MM-dd, the end of it) or a date-time with offset. */
    @PostMapping("/api/tasks/{taskId}/deadline-extension")
    DeadlineExtension extend(@PathVariable String taskId, @RequestBody ExtensionRequest request) {
        String userId = caller.requireAnyOf(Agency.DISTRICT_OFFICE);
        return extensions.extend(taskId, parse(request.dueDate()), request.reason(), userId);
    }

    record ExtensionView(Long id, Long caseId, String taskId, String activityId, String taskName, Instant oldDue,
                         Instant newDue, String reason, String extendedBy, Instant extendedAt) {

        static ExtensionView of(DeadlineExtension e, CaseView view) {
            return new ExtensionView(e.getId(), e.getCaseId(), e.getTaskId(), e.getActivityId(), e.getTaskName(),
                    e.getOldDue(), e.getNewDue(), e.getReason(), view.who(e.getExtendedBy()), e.getExtendedAt());
        }
    }

    @GetMapping("/api/cases/{caseId}/deadline-extensions")
    List<ExtensionView> ofCase(@PathVariable Long caseId) {
        CaseView view = policy.require(caseId);
        return extensions.forCase(caseId).stream().map(e -> ExtensionView.of(e, view)).toList();
    }

    @GetMapping("/api/deadlines/overdue")
    OverdueView.Overview overdue(@RequestParam(defaultValue = "3") int withinDays) {
        caller.requireAnyOf(Agency.DISTRICT_OFFICE, Agency.SUPERVISOR, Agency.TOWN_OFFICE);
        return overdueView.overview(withinDays);
    }

    private static Date parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("dueDate: the new due date is required");
        }
        Date due;
        try {
            due = text.length() == 10
                    ? Date.from(LocalDate.parse(text).atTime(23, 59, 59).atZone(ZoneId.systemDefault()).toInstant())
                    : Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dueDate: not a date (yyyy-MM-dd) or date-time: '" + text + "'");
        }
        if (due.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().isAfter(TaskForm.LATEST_DATE)) {
            throw new IllegalArgumentException("dueDate: 日期超出范围 " + text + " is out of range; due dates go up to "
                    + TaskForm.LATEST_DATE);
        }
        return due;
    }
}
