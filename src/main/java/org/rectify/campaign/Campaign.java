package org.rectify.campaign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the reports are about: an area and a time frame, the leading group, the standard it
 * applies, targets in total and per year, and (in the roster) the enterprises it covers.
 */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_level", nullable = false)
    private CampaignLevel level;

    @Column(nullable = false)
    private String areaName;

    @Column(nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate endDate;

    private String leadingGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "standard_id")
    private UpgradeStandard standard;

    private Integer closureTarget;
    private Integer relocationTarget;

    /** in 10,000 yuan (万元) */
    private BigDecimal areaIndustrySales;

    private Integer areaProducers;

    @ElementCollection
    @CollectionTable(name = "campaign_year_target", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("year")
    private List<YearTarget> yearTargets = new ArrayList<>();

    @Column(nullable = false)
    private String createdBy;
    private Instant createdAt;

    private String startRequestedBy;
    private Instant startRequestedAt;
    private String startProcessInstanceId;

    protected Campaign() {
    }

    Campaign(CampaignPlan plan, UpgradeStandard standard, String createdBy) {
        this.name = plan.name();
        this.level = plan.level();
        this.areaName = plan.areaName();
        this.startDate = plan.startDate();
        this.endDate = plan.endDate();
        this.leadingGroup = plan.leadingGroup();
        this.standard = standard;
        this.closureTarget = plan.closureTarget();
        this.relocationTarget = plan.relocationTarget();
        this.areaIndustrySales = plan.areaIndustrySales();
        this.areaProducers = plan.areaProducers();
        this.yearTargets = new ArrayList<>(plan.yearTargets());
        this.createdBy = createdBy;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    /** Campaign years are counted from the start date: year 1 is the first twelve months. */
    public int years() {
        return (int) ChronoUnit.YEARS.between(startDate, endDate) + 1;
    }

    public LocalDate yearStart(int year) {
        return startDate.plusYears(year - 1L);
    }

    public Optional<YearTarget> target(int year) {
        return yearTargets.stream().filter(t -> t.year() == year).findFirst();
    }

    boolean hasBeenStarted() {
        return startRequestedAt != null;
    }

    void startRequested(String userId, String processInstanceId) {
        this.startRequestedBy = userId;
        this.startRequestedAt = Instant.now();
        this.startProcessInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public CampaignLevel getLevel() { return level; }
    public String getAreaName() { return areaName; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getLeadingGroup() { return leadingGroup; }
    public UpgradeStandard getStandard() { return standard; }
    public Integer getClosureTarget() { return closureTarget; }
    public Integer getRelocationTarget() { return relocationTarget; }
    public BigDecimal getAreaIndustrySales() { return areaIndustrySales; }
    public Integer getAreaProducers() { return areaProducers; }
    public List<YearTarget> getYearTargets() { return List.copyOf(yearTargets); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getStartRequestedBy() { return startRequestedBy; }
    public Instant getStartRequestedAt() { return startRequestedAt; }
    public String getStartProcessInstanceId() { return startProcessInstanceId; }
}
