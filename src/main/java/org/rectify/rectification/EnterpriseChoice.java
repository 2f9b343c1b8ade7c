package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.rectify.enterprise.Disposition;

/**
 * The enterprise's choice of path: at the commitment letter (with the firms it hired), or later,
 * while rectification runs. Every choice stays on record.
 */
@Entity
public class EnterpriseChoice {

    public enum Choice {
        UPGRADE("原地整治提升 Upgrade in place", null),
        CLOSE("关闭 Close", Disposition.CLOSE),
        RELOCATE("搬迁入园 Move into a chemical park", Disposition.RELOCATE_TO_PARK);

        private final String displayName;
        private final Disposition disposition;

        Choice(String displayName, Disposition disposition) {
            this.displayName = displayName;
            this.disposition = disposition;
        }

        public String displayName() {
            return displayName;
        }

        /** The disposition the case switches to; null when it stays on the upgrade path. */
        public Disposition disposition() {
            return disposition;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;

    @Enumerated(EnumType.STRING)
    private Choice choice;

    private boolean atCommitment;
    private Long designFirmId;
    private Long evaluationFirmId;
    private String note;
    private String madeBy;
    private Instant madeAt;
    /** the district office's order after the last failed round, not the enterprise's own choice */
    private boolean orderedByOffice;

    protected EnterpriseChoice() {
    }

    EnterpriseChoice(Long caseId, Choice choice, boolean atCommitment, Long designFirmId, Long evaluationFirmId,
                     String note, String madeBy) {
        this.caseId = caseId;
        this.choice = choice;
        this.atCommitment = atCommitment;
        this.designFirmId = designFirmId;
        this.evaluationFirmId = evaluationFirmId;
        this.note = note;
        this.madeBy = madeBy;
        this.madeAt = Instant.now();
    }

    /** Marks the choice as the district office's order after the last failed round. */
    EnterpriseChoice orderedByOffice() {
        this.orderedByOffice = true;
        return this;
    }

    public boolean isOrderedByOffice() { return orderedByOffice; }
    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Choice getChoice() { return choice; }
    public boolean isAtCommitment() { return atCommitment; }
    public Long getDesignFirmId() { return designFirmId; }
    public Long getEvaluationFirmId() { return evaluationFirmId; }
    public String getNote() { return note; }
    public String getMadeBy() { return madeBy; }
    public Instant getMadeAt() { return madeAt; }
}
