package org.rectify.report.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rectify.campaign.CampaignProgress;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Progress;
import org.rectify.deadline.OverdueView;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.identity.Agency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The figures of the Cockpit campaign dashboard: the campaign's progress (stages, dispositions,
 * targets per year) plus overdue tasks by agency, hazards and land, all read-only; and for each
 * figure the cases behind it, found under the same conditions as the figure.
 */
@Service
public class DashboardData {

    /** At most this many cases are listed behind one number; the total is always given. */
    public static final int MAX_LISTED = 500;

    public record Hazards(long found, long closed) {
    }

    public record Land(BigDecimal reclaimedMu, BigDecimal demolishedSqm) {
    }

    /** agencies: the bilingual name of each agency (group id) the figures may name */
    public record Dashboard(Progress progress, Map<String, Long> overdueByAgency, Hazards hazards, Land land,
                            Map<String, String> agencies) {
    }

    private static final Map<String, String> AGENCIES = Arrays.stream(Agency.values())
            .collect(Collectors.toUnmodifiableMap(Agency::groupId, Agency::displayName));

    /**
     * One case behind a number: enough to open it in Cockpit or in /api/cases/{id}, with what the
     * figures count of it (deadline, end, land). hazards: its hazards counted by the hazards figure
     * listed (all found, or the verified ones); overdueTasks: its overdue tasks of the agency listed.
     */
    public record CaseLink(long id, String creditCode, String name, String processInstanceId, String stage,
                           String disposition, String outcome, LocalDate deadline, Instant closedAt,
                           BigDecimal landReclaimedMu, BigDecimal structuresDemolishedSqm,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Long hazards,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Long overdueTasks) {

        /** the stage's bilingual name, as the list shows it */
        @JsonProperty
        public String stageLabel() {
            return stage == null ? null : CaseStage.valueOf(stage).displayName();
        }

        @JsonProperty
        public String dispositionLabel() {
            return disposition == null ? null : Disposition.valueOf(disposition).displayName();
        }

        @JsonProperty
        public String outcomeLabel() {
            return outcome == null ? null : CaseOutcome.valueOf(outcome).displayName();
        }
    }

    /** The cases behind a number: total of them, the first {@link #MAX_LISTED} listed by id. */
    public record CaseList(long total, List<CaseLink> cases) {

        public boolean truncated() {
            return total > cases.size();
        }
    }

    static final List<String> DIMENSIONS = List.of("all", "stage", "disposition", "outcome", "target", "overdue",
            "hazards", "land");

    private final Campaigns campaigns;
    private final CampaignProgress progress;
    private final OverdueView overdue;
    private final JdbcTemplate jdbc;

    DashboardData(Campaigns campaigns, CampaignProgress progress, OverdueView overdue, JdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.overdue = overdue;
        this.jdbc = jdbc;
    }

    public List<CampaignView> campaigns() {
        return campaigns.list();
    }

    public Dashboard of(Long campaignId) {
        Progress figures = progress.of(campaignId);
        Map<String, Long> byAgency = overdue.overdueByAgency(List.of(campaignId));
        Hazards hazards = jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN h.status IN ('VERIFIED', 'CLOSED') THEN 1 ELSE 0 END), 0)
                FROM hazard h JOIN enterprise_case c ON c.id = h.case_id WHERE c.campaign_id = ?""",
                (rs, row) -> new Hazards(rs.getLong(1), rs.getLong(2)), campaignId);
        Land land = jdbc.queryForObject("""
                SELECT COALESCE(SUM(land_reclaimed_mu), 0), COALESCE(SUM(structures_demolished_m2), 0)
                FROM enterprise_case WHERE campaign_id = ?""",
                (rs, row) -> new Land(rs.getBigDecimal(1), rs.getBigDecimal(2)), campaignId);
        return new Dashboard(figures, byAgency, hazards, land, AGENCIES);
    }

    /**
     * The cases behind a number of {@link #of}, by dimension and code:
     * <ul>
     * <li>{@code all}: every case of the campaign (no code);</li>
     * <li>{@code stage}, {@code disposition}, {@code outcome}: by that value (code "none": not set yet);</li>
     * <li>{@code target}: {@code closures-decided}, {@code closures-achieved}, per campaign year n
     *     {@code closures-due-n}, {@code closures-achieved-n}, the same for {@code relocations-...}
     *     (see {@link CampaignProgress#targetCases});</li>
     * <li>{@code overdue}: code an agency (group id): cases with an overdue task of it, with their count;</li>
     * <li>{@code hazards}: {@code found} (cases with hazards) or {@code closed} (with verified ones),
     *     with their count;</li>
     * <li>{@code land}: {@code reclaimed} (land reclaimed, mu) or {@code demolished} (structures, m²).</li>
     * </ul>
     * Unknown dimensions and codes are refused (IllegalArgumentException).
     */
    public CaseList cases(Long campaignId, String dimension, String code) {
        String value = code == null || code.isBlank() ? null : code.trim();
        Map<Long, Long> counts = Map.of();
        boolean hazardCounts = false;
        List<Long> ids;
        switch (dimension == null ? "" : dimension) {
            case "all" -> {
                if (value != null) {
                    throw new IllegalArgumentException("code: none for the dimension all, got " + code);
                }
                ids = ids(campaignId, "1 = 1");
            }
            case "stage" -> ids = byColumn(campaignId, "c.stage", CaseStage.class, value);
            case "disposition" -> ids = byColumn(campaignId, "c.disposition", Disposition.class, value);
            case "outcome" -> ids = byColumn(campaignId, "c.outcome", CaseOutcome.class, value);
            case "target" -> ids = progress.targetCases(campaignId, value);
            case "overdue" -> {
                if (value == null) {
                    throw new IllegalArgumentException("code: the agency (group id) whose overdue tasks to list");
                }
                counts = overdue.overdueCases(campaignId, value);
                ids = new ArrayList<>(counts.keySet());
            }
            case "hazards" -> {
                counts = switch (value == null ? "" : value) {
                    case "found" -> hazardsByCase(campaignId, false);
                    case "closed" -> hazardsByCase(campaignId, true);
                    default -> throw new IllegalArgumentException("code: found or closed, got " + code);
                };
                hazardCounts = true;
                ids = new ArrayList<>(counts.keySet());
            }
            case "land" -> ids = switch (value == null ? "" : value) {
                case "reclaimed" -> ids(campaignId, "c.land_reclaimed_mu > 0");
                case "demolished" -> ids(campaignId, "c.structures_demolished_m2 > 0");
                default -> throw new IllegalArgumentException("code: reclaimed or demolished, got " + code);
            };
            default -> throw new IllegalArgumentException("dimension: one of " + String.join(", ", DIMENSIONS)
                    + ", got " + dimension);
        }
        List<Long> listed = ids.stream().sorted().limit(MAX_LISTED).toList();
        return new CaseList(ids.size(), details(campaignId, listed, hazardCounts ? counts : Map.of(),
                hazardCounts ? Map.of() : counts));
    }

    /** Case id to its number of hazards (verifiedOnly: of hazards closed), cases without any left out. */
    private Map<Long, Long> hazardsByCase(Long campaignId, boolean verifiedOnly) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT h.case_id, COUNT(*) FROM hazard h JOIN enterprise_case c ON c.id = h.case_id"
                        + " WHERE c.campaign_id = ?" + (verifiedOnly ? " AND h.status IN ('VERIFIED', 'CLOSED')" : "")
                        + " GROUP BY h.case_id ORDER BY h.case_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }, campaignId);
        return counts;
    }

    private <E extends Enum<E>> List<Long> byColumn(Long campaignId, String column, Class<E> type, String code) {
        if (code == null || "none".equals(code)) {
            return ids(campaignId, column + " IS NULL");
        }
        boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(code));
        if (!known) {
            throw new IllegalArgumentException("code: none or one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", got " + code);
        }
        return jdbc.queryForList("SELECT c.id FROM enterprise_case c WHERE c.campaign_id = ? AND " + column
                + " = ? ORDER BY c.id", Long.class, campaignId, code);
    }

    private List<Long> ids(Long campaignId, String condition) {
        return jdbc.queryForList("SELECT c.id FROM enterprise_case c WHERE c.campaign_id = ? AND " + condition
                + " ORDER BY c.id", Long.class, campaignId);
    }

    private List<CaseLink> details(Long campaignId, List<Long> ids, Map<Long, Long> hazards,
                                   Map<Long, Long> overdueTasks) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(campaignId);
        args.addAll(ids);
        return Collections.unmodifiableList(jdbc.query("""
                SELECT c.id, e.credit_code, e.name, c.process_instance_id, c.stage, c.disposition, c.outcome,
                       c.deadline, c.closed_at, c.land_reclaimed_mu, c.structures_demolished_m2
                FROM enterprise_case c JOIN enterprise e ON e.id = c.enterprise_id
                WHERE c.campaign_id = ? AND c.id IN (%s) ORDER BY c.id"""
                        .formatted(String.join(", ", Collections.nCopies(ids.size(), "?"))),
                (rs, row) -> {
                    long id = rs.getLong(1);
                    java.sql.Date deadline = rs.getDate(8);
                    Timestamp closedAt = rs.getTimestamp(9);
                    return new CaseLink(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), deadline == null ? null : deadline.toLocalDate(),
                            closedAt == null ? null : closedAt.toInstant(), rs.getBigDecimal(10),
                            rs.getBigDecimal(11), hazards.get(id), overdueTasks.get(id));
                }, args.toArray()));
    }
}
