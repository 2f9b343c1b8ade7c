package org.rectify.onsite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;

/** An on-site task completed from the phone page: who signed, when, and on which device's submission. */
@Entity
@Table(name = "site_visit")
public class SiteVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String taskId;
    @Column(nullable = false)
    private String activityId;
    @Column(nullable = false)
    private String taskName;
    @Column(nullable = false)
    private String processInstanceId;
    private Long caseId;
    @Column(nullable = false)
    private String clientKey;
    @Column(nullable = false)
    private String signedName;
    private Instant signedAt;
    @Column(nullable = false)
    private String submittedBy;
    private Instant submittedAt;

    protected SiteVisit() {
    }

    SiteVisit(String taskId, String activityId, String taskName, String processInstanceId, Long caseId,
              OnSiteSubmission submission, String submittedBy) {
        this.taskId = taskId;
        this.activityId = activityId;
        this.taskName = taskName;
        this.processInstanceId = processInstanceId;
        this.caseId = caseId;
        this.clientKey = submission.clientKey();
        this.signedName = submission.signedName();
        this.signedAt = submission.signedAt();
        this.submittedBy = submittedBy;
    }

    @PrePersist
    void onCreate() {
        submittedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getTaskId() { return taskId; }
    public String getActivityId() { return activityId; }
    public String getTaskName() { return taskName; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getCaseId() { return caseId; }
    public String getClientKey() { return clientKey; }
    public String getSignedName() { return signedName; }
    public Instant getSignedAt() { return signedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
