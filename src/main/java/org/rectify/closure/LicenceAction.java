package org.rectify.closure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** What market regulation did to the business licence, and what became of the other permits. */
@Entity
public class LicenceAction {

    public enum Action { CANCELLED, SCOPE_AMENDED }

    public enum PermitFate { REVOKED, KEPT, NONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String licenceNumber;
    private LocalDate actionDate;

    @Enumerated(EnumType.STRING)
    private PermitFate safetyLicence;

    @Enumerated(EnumType.STRING)
    private PermitFate dischargePermit;

    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected LicenceAction() {
    }

    LicenceAction(Long caseId, Action action, String licenceNumber, LocalDate actionDate, PermitFate safetyLicence,
                  PermitFate dischargePermit, String note, String recordedBy) {
        this.caseId = caseId;
        this.action = action;
        this.licenceNumber = licenceNumber;
        this.actionDate = actionDate;
        this.safetyLicence = safetyLicence;
        this.dischargePermit = dischargePermit;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public Action getAction() { return action; }
    public String getLicenceNumber() { return licenceNumber; }
    public LocalDate getActionDate() { return actionDate; }
    public PermitFate getSafetyLicence() { return safetyLicence; }
    public PermitFate getDischargePermit() { return dischargePermit; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
