package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A rectification round with its deadline: round 1 after the plan, each later one a 限期整改 after a failed acceptance. */
@Entity
public class RectificationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private int roundNumber;
    private LocalDate deadline;
    private String openedBy;
    private Instant openedAt;

    protected RectificationRound() {
    }

    RectificationRound(Long caseId, int roundNumber, LocalDate deadline, String openedBy) {
        this.caseId = caseId;
        this.roundNumber = roundNumber;
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public int getRoundNumber() { return roundNumber; }
    public LocalDate getDeadline() { return deadline; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
}
