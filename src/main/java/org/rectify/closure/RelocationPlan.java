package org.rectify.closure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** The enterprise's plan to move into a chemical park, and the safety bureau's acceptance of the new site. */
@Entity
public class RelocationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    private String targetPark;
    private LocalDate plannedMoveDate;
    private LocalDate plannedCompletionDate;
    private String planText;
    private String plannedBy;
    private Instant plannedAt;
    private Boolean siteAccepted;
    private String acceptanceNote;
    private String acceptedBy;
    private Instant acceptedAt;

    protected RelocationPlan() {
    }

    RelocationPlan(Long caseId, String targetPark, LocalDate plannedMoveDate, LocalDate plannedCompletionDate,
                   String planText, String plannedBy) {
        this.caseId = caseId;
        this.targetPark = targetPark;
        this.plannedMoveDate = plannedMoveDate;
        this.plannedCompletionDate = plannedCompletionDate;
        this.planText = planText;
        this.plannedBy = plannedBy;
        this.plannedAt = Instant.now();
    }

    void accept(boolean accepted, String note, String userId) {
        this.siteAccepted = accepted;
        this.acceptanceNote = note;
        this.acceptedBy = userId;
        this.acceptedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getTargetPark() { return targetPark; }
    public LocalDate getPlannedMoveDate() { return plannedMoveDate; }
    public LocalDate getPlannedCompletionDate() { return plannedCompletionDate; }
    public String getPlanText() { return planText; }
    public String getPlannedBy() { return plannedBy; }
    public Boolean getSiteAccepted() { return siteAccepted; }
    public String getAcceptanceNote() { return acceptanceNote; }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getPlannedAt() { return plannedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
}
