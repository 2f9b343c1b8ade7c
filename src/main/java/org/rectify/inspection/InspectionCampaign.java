package org.rectify.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A special-equipment inspection campaign: its scope (kinds of place, risks, townships), period and
 * target, the seed of its random draw once drawn, and the state of its publication (一公开).
 */
@Entity
@Table(name = "inspection_campaign")
public class InspectionCampaign {

    public enum Publication { NONE, REQUESTED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String areaName;
    private String scope;
    @Column(nullable = false)
    private LocalDate startDate;
    @Column(nullable = false)
    private LocalDate endDate;
    private int targetUnits;
    private String placeKinds;
    private String risks;
    private String townships;
    private boolean excludeSameTownship;
    private int rectificationDays;
    private Long drawSeed;
    private String drawnBy;
    private Instant drawnAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Publication publicationState = Publication.NONE;
    private String publicationRequestedBy;
    private String publicationApprovedBy;
    private Instant publicationApprovedAt;
    @Column(nullable = false)
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected InspectionCampaign() {
    }

    InspectionCampaign(InspectionPlan plan, String createdBy) {
        this.name = plan.name();
        this.areaName = plan.areaName();
        this.scope = plan.scope();
        this.startDate = plan.startDate();
        this.endDate = plan.endDate();
        this.targetUnits = plan.targetUnits();
        this.placeKinds = join(plan.placeKinds());
        this.risks = join(plan.risks());
        this.townships = join(plan.townships());
        this.excludeSameTownship = plan.excludeSameTownship() == null || plan.excludeSameTownship();
        this.rectificationDays = plan.rectificationDays() == null ? 10 : plan.rectificationDays();
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    void drawn(long seed, String userId) {
        this.drawSeed = seed;
        this.drawnBy = userId;
        this.drawnAt = Instant.now();
    }

    void publicationRequested(String userId) {
        this.publicationState = Publication.REQUESTED;
        this.publicationRequestedBy = userId;
    }

    void publicationApproved(String userId) {
        this.publicationState = Publication.APPROVED;
        this.publicationApprovedBy = userId;
        this.publicationApprovedAt = Instant.now();
    }

    public boolean isDrawn() {
        return drawSeed != null;
    }

    private static String join(List<?> values) {
        return values == null || values.isEmpty() ? null
                : String.join(",", values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).toList());
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    public List<PlaceKind> placeKindList() {
        return split(placeKinds).stream().map(PlaceKind::valueOf).toList();
    }

    public List<RiskLevel> riskList() {
        return split(risks).stream().map(RiskLevel::valueOf).toList();
    }

    public List<String> townshipList() {
        return split(townships);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getAreaName() { return areaName; }
    public String getScope() { return scope; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public int getTargetUnits() { return targetUnits; }
    public boolean isExcludeSameTownship() { return excludeSameTownship; }
    public int getRectificationDays() { return rectificationDays; }
    public Long getDrawSeed() { return drawSeed; }
    public String getDrawnBy() { return drawnBy; }
    public Instant getDrawnAt() { return drawnAt; }
    public Publication getPublicationState() { return publicationState; }
    public String getPublicationRequestedBy() { return publicationRequestedBy; }
    public String getPublicationApprovedBy() { return publicationApprovedBy; }
    public Instant getPublicationApprovedAt() { return publicationApprovedAt; }
    public String getCreatedBy() { return createdBy; }
}
