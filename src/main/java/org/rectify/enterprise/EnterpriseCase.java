package org.rectify.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One enterprise in one campaign: the business side of one Process_EnterpriseCase instance. */
@Entity
@Table(name = "enterprise_case")
public class EnterpriseCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    private Long campaignId;

    /**
     * The campaign (0 for none) while the case is open, null once it ended: the database keeps one
     * open case per enterprise and campaign (unique key uk_case_open_per_campaign), whatever opens it.
     */
    private Long openInCampaign;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    private CaseStage stage;

    @Enumerated(EnumType.STRING)
    private Disposition suggestedDisposition;

    @Enumerated(EnumType.STRING)
    private Disposition disposition;

    private String supervisingAgency;
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;

    private BigDecimal landReclaimedMu;

    @Column(name = "structures_demolished_m2")
    private BigDecimal structuresDemolishedSqm;

    private String landNewUse;

    private Boolean productionRunning;
    private Boolean approvalsPresent;
    private String surveyedBy;
    private Instant surveyedAt;
    private boolean addedAtVerification;
    private Instant openedAt;
    private Instant updatedAt;
    private Instant closedAt;

    public static class CaseEndedException extends IllegalStateException {
        CaseEndedException(String message) {
            super(message);
        }
    }

    protected EnterpriseCase() {
    }

    public EnterpriseCase(Enterprise enterprise, Long campaignId, boolean addedAtVerification) {
        this.enterprise = enterprise;
        this.campaignId = campaignId;
        this.openInCampaign = campaignId == null ? 0L : campaignId;
        this.addedAtVerification = addedAtVerification;
        this.stage = addedAtVerification ? CaseStage.VERIFICATION : CaseStage.SURVEY;
    }

    @PrePersist
    void onCreate() {
        openedAt = Instant.now();
        updatedAt = openedAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** The disposition in force: the case follows it from now on. */
    public void applyDisposition(Disposition disposition, LocalDate deadline, String supervisingAgency) {
        requireOpen();
        this.disposition = disposition;
        this.deadline = deadline;
        this.supervisingAgency = supervisingAgency;
    }

    public void recordSurvey(boolean productionRunning, boolean approvalsPresent, String surveyedBy) {
        requireOpen();
        this.productionRunning = productionRunning;
        this.approvalsPresent = approvalsPresent;
        this.surveyedBy = surveyedBy;
        this.surveyedAt = Instant.now();
    }

    /** The case has run to its end: from now on it is read-only. */
    public void end(CaseOutcome outcome) {
        requireOpen();
        this.stage = CaseStage.CLOSED;
        this.outcome = outcome;
        this.closedAt = Instant.now();
        this.openInCampaign = null;
    }

    public boolean isEnded() {
        return closedAt != null;
    }

    /** Every change to a case goes through here first. */
    public void requireOpen() {
        if (isEnded()) {
            throw new CaseEndedException("caseId: case " + id + " ended on " + closedAt + " with outcome "
                    + outcome.displayName() + " and can no longer be changed");
        }
    }

    /**
     * A later figure replaces an earlier one; also after the end, as CaseLifecycle keeps each change
     * on record (LandRecord).
     */
    void recordLand(BigDecimal reclaimedMu, BigDecimal demolishedSqm, String newUse) {
        if (reclaimedMu != null) {
            this.landReclaimedMu = reclaimedMu;
        }
        if (demolishedSqm != null) {
            this.structuresDemolishedSqm = demolishedSqm;
        }
        if (newUse != null) {
            this.landNewUse = newUse;
        }
    }

    public Long getId() { return id; }
    public Enterprise getEnterprise() { return enterprise; }
    public Long getCampaignId() { return campaignId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public CaseStage getStage() { return stage; }
    public void setStage(CaseStage stage) {
        requireOpen();
        this.stage = stage;
    }
    public Disposition getSuggestedDisposition() { return suggestedDisposition; }
    public void setSuggestedDisposition(Disposition suggestedDisposition) { this.suggestedDisposition = suggestedDisposition; }
    public Disposition getDisposition() { return disposition; }
    public String getSupervisingAgency() { return supervisingAgency; }
    public LocalDate getDeadline() { return deadline; }
    public CaseOutcome getOutcome() { return outcome; }
    public BigDecimal getLandReclaimedMu() { return landReclaimedMu; }
    public BigDecimal getStructuresDemolishedSqm() { return structuresDemolishedSqm; }
    public String getLandNewUse() { return landNewUse; }
    public Boolean getProductionRunning() { return productionRunning; }
    public Boolean getApprovalsPresent() { return approvalsPresent; }
    public String getSurveyedBy() { return surveyedBy; }
    public Instant getSurveyedAt() { return surveyedAt; }
    public boolean isAddedAtVerification() { return addedAtVerification; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getClosedAt() { return closedAt; }
}
