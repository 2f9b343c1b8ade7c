package org.rectify.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One recording or correction of a case's land and structures: the figures before and after, who, when, why. */
@Entity
@Table(name = "land_record")
public class LandRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    private BigDecimal reclaimedMuBefore;
    private BigDecimal reclaimedMu;
    @Column(name = "demolished_m2_before")
    private BigDecimal demolishedSqmBefore;
    @Column(name = "demolished_m2")
    private BigDecimal demolishedSqm;
    private String newUseBefore;
    private String newUse;
    private boolean afterEnd;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected LandRecord() {
    }

    LandRecord(EnterpriseCase before, BigDecimal reclaimedMu, BigDecimal demolishedSqm, String newUse, String reason,
               String recordedBy) {
        this.caseId = before.getId();
        this.reclaimedMuBefore = before.getLandReclaimedMu();
        this.demolishedSqmBefore = before.getStructuresDemolishedSqm();
        this.newUseBefore = before.getLandNewUse();
        this.reclaimedMu = reclaimedMu == null ? reclaimedMuBefore : reclaimedMu;
        this.demolishedSqm = demolishedSqm == null ? demolishedSqmBefore : demolishedSqm;
        this.newUse = newUse == null ? newUseBefore : newUse;
        this.afterEnd = before.getClosedAt() != null;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    /** True when a figure differs from what was recorded before. */
    boolean changesSomething() {
        return differs(reclaimedMuBefore, reclaimedMu) || differs(demolishedSqmBefore, demolishedSqm)
                || !java.util.Objects.equals(newUseBefore, newUse);
    }

    private static boolean differs(BigDecimal before, BigDecimal after) {
        return before == null ? after != null : after == null || before.compareTo(after) != 0;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public BigDecimal getReclaimedMuBefore() { return reclaimedMuBefore; }
    public BigDecimal getReclaimedMu() { return reclaimedMu; }
    public BigDecimal getDemolishedSqmBefore() { return demolishedSqmBefore; }
    public BigDecimal getDemolishedSqm() { return demolishedSqm; }
    public String getNewUseBefore() { return newUseBefore; }
    public String getNewUse() { return newUse; }
    public boolean isAfterEnd() { return afterEnd; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
