package org.rectify.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Whether a surveyed enterprise meets one access requirement. */
@Entity
public class SurveyFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessDimension dimension;

    private boolean compliant;
    private String note;

    protected SurveyFinding() {
    }

    SurveyFinding(Long caseId, AccessDimension dimension) {
        this.caseId = caseId;
        this.dimension = dimension;
    }

    void update(boolean compliant, String note) {
        this.compliant = compliant;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public AccessDimension getDimension() { return dimension; }
    public boolean isCompliant() { return compliant; }
    public String getNote() { return note; }
}
