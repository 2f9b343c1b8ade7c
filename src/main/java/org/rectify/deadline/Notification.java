package org.rectify.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A reminder before a due date or an escalation after it, for an agency (and its assignee). */
@Entity
public class Notification {

    public enum Kind { REMINDER, ESCALATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String recipientGroup;
    private String recipientUser;
    private Long caseId;
    private String activityId;
    private String taskId;
    private Instant dueAt;
    private String message;
    private Instant createdAt;
    private String handledBy;
    private Instant handledAt;
    private String handlingNote;
    private String handlingOutcome;

    protected Notification() {
    }

    Notification(Kind kind, String recipientGroup, String recipientUser, Long caseId, String activityId, String taskId,
                 Instant dueAt, String message) {
        this.kind = kind;
        this.recipientGroup = recipientGroup;
        this.recipientUser = recipientUser;
        this.caseId = caseId;
        this.activityId = activityId;
        this.taskId = taskId;
        this.dueAt = dueAt;
        this.message = message;
        this.createdAt = Instant.now();
    }

    void handle(String userId, EscalationOutcome outcome, String note) {
        this.handledBy = userId;
        this.handledAt = Instant.now();
        this.handlingOutcome = outcome == null ? null : outcome.name();
        this.handlingNote = note;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getRecipientGroup() { return recipientGroup; }
    public String getRecipientUser() { return recipientUser; }
    public Long getCaseId() { return caseId; }
    public String getActivityId() { return activityId; }
    public String getTaskId() { return taskId; }
    public Instant getDueAt() { return dueAt; }
    public String getMessage() { return message; }
    public Instant getCreatedAt() { return createdAt; }
    public String getHandledBy() { return handledBy; }
    public Instant getHandledAt() { return handledAt; }
    public String getHandlingNote() { return handlingNote; }
    public String getHandlingOutcome() { return handlingOutcome; }
}
