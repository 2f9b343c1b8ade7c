package org.rectify.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.rectify.enterprise.Disposition;

/** One agency's opinion in the joint review of a case. */
@Entity
public class AgencyOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Disposition proposedDisposition;

    @Column(nullable = false, length = 4000)
    private String opinionText;

    @Column(nullable = false)
    private String givenBy;

    private Instant givenAt;

    protected AgencyOpinion() {
    }

    AgencyOpinion(Long caseId, String agency, Disposition proposedDisposition, String opinionText, String givenBy) {
        this.caseId = caseId;
        this.agency = agency;
        this.proposedDisposition = proposedDisposition;
        this.opinionText = opinionText;
        this.givenBy = givenBy;
        this.givenAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getAgency() { return agency; }
    public Disposition getProposedDisposition() { return proposedDisposition; }
    public String getOpinionText() { return opinionText; }
    public String getGivenBy() { return givenBy; }
    public Instant getGivenAt() { return givenAt; }
}
