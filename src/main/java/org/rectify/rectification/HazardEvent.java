package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One step in a hazard's life; never changed once written. */
@Entity
public class HazardEvent {

    public enum Kind {
        FOUND("发现 Found"),
        RECTIFIED("已整改 Rectified"),
        VERIFIED("核实通过 Verified"),
        NOT_VERIFIED("核实未通过 Not verified"),
        REOPENED("验收重开 Re-opened at acceptance"),
        CLOSED("随企业关闭或搬迁销号 Closed with the plant");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long hazardId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int roundNumber;
    private String note;
    private Long firmId;
    private String recordedBy;
    private Instant recordedAt;

    protected HazardEvent() {
    }

    HazardEvent(Long hazardId, Kind kind, int roundNumber, String note, Long firmId, String recordedBy) {
        this.hazardId = hazardId;
        this.kind = kind;
        this.roundNumber = roundNumber;
        this.note = note;
        this.firmId = firmId;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getHazardId() { return hazardId; }
    public Kind getKind() { return kind; }
    public int getRoundNumber() { return roundNumber; }
    public String getNote() { return note; }
    public Long getFirmId() { return firmId; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
