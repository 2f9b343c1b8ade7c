package org.rectify.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A campaign meeting; the summary reports count them and the commitment letters signed there. */
@Entity
@Table(name = "campaign_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long campaignId;

    @Column(nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    @Column(nullable = false)
    private String title;

    private String attendees;
    private Integer attendeeCount;
    private String note;

    /** enterprises (ids) that signed the commitment letter (承诺书) at this meeting */
    @ElementCollection
    @CollectionTable(name = "campaign_meeting_commitment", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "enterprise_id")
    private Set<Long> commitments = new HashSet<>();

    @Column(nullable = false)
    private String recordedBy;
    private Instant recordedAt;

    protected Meeting() {
    }

    Meeting(Long campaignId, MeetingRecord record, Set<Long> commitments, String recordedBy) {
        this.campaignId = campaignId;
        this.heldOn = record.heldOn();
        this.kind = record.kind();
        this.title = record.title();
        this.attendees = record.attendees();
        this.attendeeCount = record.attendeeCount();
        this.note = record.note();
        this.commitments = new HashSet<>(commitments);
        this.recordedBy = recordedBy;
    }

    @PrePersist
    void onCreate() {
        recordedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public LocalDate getHeldOn() { return heldOn; }
    public MeetingKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getAttendees() { return attendees; }
    public Integer getAttendeeCount() { return attendeeCount; }
    public String getNote() { return note; }
    public Set<Long> getCommitments() { return Set.copyOf(commitments); }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
