package org.rectify.closure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One on-site check of a closure. Every item not done means another check, never a pass. */
@Entity
public class ClosureCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    private int roundNumber;
    private boolean productionStopped;
    private boolean materialsDisposed;
    private boolean equipmentDismantled;
    private boolean utilitiesCut;
    private String disposalMethod;
    private String disposalQuantity;
    private String disposalRecipient;
    private boolean complete;
    private LocalDate recheckDate;
    private String note;
    private String checkedBy;
    private Instant checkedAt;

    protected ClosureCheck() {
    }

    ClosureCheck(Long caseId, int roundNumber, ClosureItems items, LocalDate recheckDate, String note, String checkedBy) {
        this.caseId = caseId;
        this.roundNumber = roundNumber;
        this.productionStopped = items.productionStopped();
        this.materialsDisposed = items.materialsDisposed();
        this.equipmentDismantled = items.equipmentDismantled();
        this.utilitiesCut = items.utilitiesCut();
        this.disposalMethod = items.disposalMethod();
        this.disposalQuantity = items.disposalQuantity();
        this.disposalRecipient = items.disposalRecipient();
        this.complete = items.allDone();
        this.recheckDate = recheckDate;
        this.note = note;
        this.checkedBy = checkedBy;
        this.checkedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public int getRoundNumber() { return roundNumber; }
    public boolean isProductionStopped() { return productionStopped; }
    public boolean isMaterialsDisposed() { return materialsDisposed; }
    public boolean isEquipmentDismantled() { return equipmentDismantled; }
    public boolean isUtilitiesCut() { return utilitiesCut; }
    public String getDisposalMethod() { return disposalMethod; }
    public String getDisposalQuantity() { return disposalQuantity; }
    public String getDisposalRecipient() { return disposalRecipient; }
    public boolean isComplete() { return complete; }
    public LocalDate getRecheckDate() { return recheckDate; }
    public String getNote() { return note; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
}
