package org.rectify.deadline;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A due date the district office moved: who, when, from what to what, and why. */
@Entity
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private String taskId;
    private String executionId;
    private String activityId;
    private String taskName;
    private Instant oldDue;
    private Instant newDue;
    private String reason;
    private String extendedBy;
    private Instant extendedAt;

    protected DeadlineExtension() {
    }

    DeadlineExtension(Long caseId, String taskId, String executionId, String activityId, String taskName,
                      Instant oldDue, Instant newDue, String reason, String extendedBy) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.executionId = executionId;
        this.activityId = activityId;
        this.taskName = taskName;
        this.oldDue = oldDue;
        this.newDue = newDue;
        this.reason = reason;
        this.extendedBy = extendedBy;
        this.extendedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getTaskId() { return taskId; }
    public String getExecutionId() { return executionId; }
    public String getActivityId() { return activityId; }
    public String getTaskName() { return taskName; }
    public Instant getOldDue() { return oldDue; }
    public Instant getNewDue() { return newDue; }
    public String getReason() { return reason; }
    public String getExtendedBy() { return extendedBy; }
    public Instant getExtendedAt() { return extendedAt; }
}
