package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** 现场验收: pass or fail of one round, with who took part. */
@Entity
public class Acceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private int roundNumber;
    private boolean passed;
    private String participants;
    private String note;
    private String decidedBy;
    private Instant decidedAt;

    protected Acceptance() {
    }

    Acceptance(Long caseId, int roundNumber, boolean passed, String participants, String note, String decidedBy) {
        this.caseId = caseId;
        this.roundNumber = roundNumber;
        this.passed = passed;
        this.participants = participants;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public int getRoundNumber() { return roundNumber; }
    public boolean isPassed() { return passed; }
    public String getParticipants() { return participants; }
    public String getNote() { return note; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
