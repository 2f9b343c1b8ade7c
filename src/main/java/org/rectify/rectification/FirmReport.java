package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * One report an intermediary handed in, with the dates of its task, so that each firm's
 * turnaround, lateness and rework can be counted ({@link FirmPerformance}).
 */
@Entity
public class FirmReport {

    public enum Kind {
        /** 安全设施设计诊断, by the design firm; safety may return it */
        DIAGNOSIS,
        /** 安全评价, by the evaluation firm */
        EVALUATION
    }

    /** When the firm's task was created and when it was due (null if it had no due date). */
    public record TaskDates(Instant requestedAt, Instant dueAt) {

        static TaskDates of(DelegateTask task) {
            return new TaskDates(instant(task.getCreateTime()), instant(task.getDueDate()));
        }

        private static Instant instant(Date date) {
            return date == null ? null : date.toInstant();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private Long firmId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int roundNumber;
    private Long reportId;
    private Instant requestedAt;
    private Instant dueAt;
    private Instant submittedAt;
    private String submittedBy;
    private Instant returnedAt;
    private String returnedBy;
    private String returnReason;

    protected FirmReport() {
    }

    FirmReport(Long caseId, Long firmId, Kind kind, int roundNumber, Long reportId, TaskDates task, String submittedBy) {
        this.caseId = caseId;
        this.firmId = firmId;
        this.kind = kind;
        this.roundNumber = roundNumber;
        this.reportId = reportId;
        this.requestedAt = task.requestedAt();
        this.dueAt = task.dueAt();
        this.submittedAt = now();
        this.submittedBy = submittedBy;
    }

    void returnFor(String reason, String userId) {
        this.returnedAt = now();
        this.returnedBy = userId;
        this.returnReason = reason;
    }

    /** The engine's clock, which also gave the task its create time and due date. */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public boolean isReturned() {
        return returnedAt != null;
    }

    public boolean isLate() {
        return dueAt != null && submittedAt.isAfter(dueAt);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getFirmId() { return firmId; }
    public Kind getKind() { return kind; }
    public int getRoundNumber() { return roundNumber; }
    public Long getReportId() { return reportId; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getReturnedBy() { return returnedBy; }
    public String getReturnReason() { return returnReason; }
}
