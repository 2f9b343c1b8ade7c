package org.rectify.campaign;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.rectify.enterprise.Enterprise;

/** One enterprise on a campaign's list (台账) and, once the campaign starts, its case. */
@Entity
@Table(name = "campaign_roster_entry")
public class RosterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long campaignId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RosterStatus status = RosterStatus.PENDING;

    /** The chunk of the running start that opens this entry's case. */
    private Integer startBatch;

    private Long caseId;

    @Column(nullable = false)
    private String addedBy;
    private Instant addedAt;
    private Instant startedAt;

    protected RosterEntry() {
    }

    RosterEntry(Long campaignId, Enterprise enterprise, String addedBy) {
        this.campaignId = campaignId;
        this.enterprise = enterprise;
        this.addedBy = addedBy;
    }

    @PrePersist
    void onCreate() {
        addedAt = Instant.now();
    }

    void caseOpened(Long caseId) {
        this.caseId = caseId;
        this.status = RosterStatus.STARTED;
        this.startedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Enterprise getEnterprise() { return enterprise; }
    public RosterStatus getStatus() { return status; }
    public Integer getStartBatch() { return startBatch; }
    public Long getCaseId() { return caseId; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public Instant getStartedAt() { return startedAt; }
}
