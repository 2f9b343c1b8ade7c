package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * One issue of the diagnosis report: a hazard to close (隐患治理闭环). Its status is the latest
 * of its {@link HazardEvent}s, which keep the whole history.
 */
@Entity
public class Hazard {

    public enum Severity {
        MAJOR("重大隐患 Major"),
        GENERAL("一般隐患 General");

        private final String displayName;

        Severity(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public enum Status {
        /** found, or re-opened by a failed verification or acceptance */
        OPEN,
        /** the enterprise says it is fixed, with evidence */
        RECTIFIED,
        /** the evaluation firm confirmed the fix */
        VERIFIED,
        /** the plant closed or moved away before the fix was verified: closed with it */
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private Long designFirmId;

    @Enumerated(EnumType.STRING)
    private HazardArea area;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String standardItem;
    private String description;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String foundBy;
    private Instant foundAt;
    private Instant updatedAt;

    protected Hazard() {
    }

    Hazard(Long caseId, Long designFirmId, HazardArea area, Severity severity, String standardItem, String description,
           String foundBy) {
        this.caseId = caseId;
        this.designFirmId = designFirmId;
        this.area = area;
        this.severity = severity;
        this.standardItem = standardItem;
        this.description = description;
        this.status = Status.OPEN;
        this.foundBy = foundBy;
        this.foundAt = Instant.now();
        this.updatedAt = foundAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    void moveTo(Status status) {
        this.status = status;
    }

    /** H12: how forms and messages name a hazard. */
    public String code() {
        return "H" + id;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getDesignFirmId() { return designFirmId; }
    public HazardArea getArea() { return area; }
    public Severity getSeverity() { return severity; }
    public String getStandardItem() { return standardItem; }
    public String getDescription() { return description; }
    public Status getStatus() { return status; }
    public String getFoundBy() { return foundBy; }
    public Instant getFoundAt() { return foundAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
