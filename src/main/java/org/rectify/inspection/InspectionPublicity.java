package org.rectify.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Publicity of one occasion of a campaign: text messages, the 3.15 big screen, the safety month's banners. */
@Entity
@Table(name = "inspection_publicity")
public class InspectionPublicity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long campaignId;
    @Column(nullable = false)
    private LocalDate recordedOn;
    private String occasion;
    private int textMessages;
    private int bigScreens;
    private int banners;
    private int displayBoards;
    private int publicityVehicles;
    private int leaflets;
    private int booklets;
    private int consultations;
    @Column(nullable = false)
    private String recordedBy;
    private Instant recordedAt;

    protected InspectionPublicity() {
    }

    InspectionPublicity(Long campaignId, PublicityEntry entry, String recordedBy) {
        this.campaignId = campaignId;
        this.recordedOn = entry.recordedOn();
        this.occasion = entry.occasion();
        this.textMessages = entry.textMessages();
        this.bigScreens = entry.bigScreens();
        this.banners = entry.banners();
        this.displayBoards = entry.displayBoards();
        this.publicityVehicles = entry.publicityVehicles();
        this.leaflets = entry.leaflets();
        this.booklets = entry.booklets();
        this.consultations = entry.consultations();
        this.recordedBy = recordedBy;
    }

    @PrePersist
    void onCreate() {
        recordedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public String getOccasion() { return occasion; }
    public int getTextMessages() { return textMessages; }
    public int getBigScreens() { return bigScreens; }
    public int getBanners() { return banners; }
    public int getDisplayBoards() { return displayBoards; }
    public int getPublicityVehicles() { return publicityVehicles; }
    public int getLeaflets() { return leaflets; }
    public int getBooklets() { return booklets; }
    public int getConsultations() { return consultations; }
    public String getRecordedBy() { return recordedBy; }
}
