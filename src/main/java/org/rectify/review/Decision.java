package org.rectify.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.rectify.enterprise.Disposition;

/**
 * A disposition decided for a case. Decisions are never overwritten: an amendment at on-site
 * verification is a new decision that names the one it amends; a confirmation is recorded on it.
 */
@Entity
public class Decision {

    public enum Kind { REVIEW, VERIFICATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disposition disposition;

    private LocalDate deadline;
    private String supervisingAgency;

    @Column(nullable = false, length = 4000)
    private String reasoning;

    @Column(nullable = false)
    private String decidedBy;

    private Instant decidedAt;

    @Column(name = "amends_id")
    private Long amendsId;

    private String confirmedBy;
    private Instant confirmedAt;

    @Column(length = 4000)
    private String confirmationNote;

    protected Decision() {
    }

    Decision(Long caseId, Kind kind, DispositionChoice choice, String reasoning, String decidedBy, Long amendsId) {
        this.caseId = caseId;
        this.kind = kind;
        this.disposition = choice.disposition();
        this.deadline = choice.deadline();
        this.supervisingAgency = choice.supervisingAgency();
        this.reasoning = reasoning;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
        this.amendsId = amendsId;
    }

    void confirm(String userId, String note) {
        this.confirmedBy = userId;
        this.confirmedAt = Instant.now();
        this.confirmationNote = note;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Kind getKind() { return kind; }
    public Disposition getDisposition() { return disposition; }
    public LocalDate getDeadline() { return deadline; }
    public String getSupervisingAgency() { return supervisingAgency; }
    public String getReasoning() { return reasoning; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Long getAmendsId() { return amendsId; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getConfirmationNote() { return confirmationNote; }
}
