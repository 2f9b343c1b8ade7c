package org.rectify.closure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Production units or lines removed, counted as the reports count them (e.g. 8 flocking-glue units). */
@Entity
public class EliminatedUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    private String unitType;
    private int unitCount;
    private String recordedBy;
    private Instant recordedAt;

    protected EliminatedUnit() {
    }

    EliminatedUnit(Long caseId, String unitType, int unitCount, String recordedBy) {
        this.caseId = caseId;
        this.unitType = unitType;
        this.unitCount = unitCount;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public String getUnitType() { return unitType; }
    public int getUnitCount() { return unitCount; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
