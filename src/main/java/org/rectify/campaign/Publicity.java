package org.rectify.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Publicity work as the reports count it: 5,084 text messages, 3,000 leaflets, 600 consultations. */
@Entity
@Table(name = "campaign_publicity")
public class Publicity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long campaignId;

    @Column(nullable = false)
    private LocalDate recordedOn;

    private int textMessages;
    private int leaflets;
    private int consultations;
    private String note;

    @Column(nullable = false)
    private String recordedBy;
    private Instant recordedAt;

    protected Publicity() {
    }

    Publicity(Long campaignId, PublicityRecord record, String recordedBy) {
        this.campaignId = campaignId;
        this.recordedOn = record.recordedOn();
        this.textMessages = record.textMessages();
        this.leaflets = record.leaflets();
        this.consultations = record.consultations();
        this.note = record.note();
        this.recordedBy = recordedBy;
    }

    @PrePersist
    void onCreate() {
        recordedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public int getTextMessages() { return textMessages; }
    public int getLeaflets() { return leaflets; }
    public int getConsultations() { return consultations; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
