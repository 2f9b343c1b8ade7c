package org.rectify.report.dashboard;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rectify.campaign.CampaignProgress;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Progress;
import org.rectify.deadline.OverdueView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The figures of the Cockpit campaign dashboard: the campaign's progress (stages, dispositions,
 * targets per year) plus overdue tasks by agency, hazards and land, all read-only.
 */
@Service
public class DashboardData {

    public record Hazards(long found, long closed) {
    }

    public record Land(BigDecimal reclaimedMu, BigDecimal demolishedSqm) {
    }

    public record Dashboard(Progress progress, Map<String, Long> overdueByAgency, Hazards hazards, Land land) {
    }

    /** One case behind a number: enough to open it in Cockpit or in /api/cases/{id}. */
    public record CaseLink(long id, String creditCode, String name, String processInstanceId, String stage,
                           String disposition, String outcome) {
    }

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
        Set<Long> caseIds = new HashSet<>(jdbc.queryForList(
                "SELECT id FROM enterprise_case WHERE campaign_id = ?", Long.class, campaignId));
        Map<String, Long> byAgency = new TreeMap<>();
        overdue.overview(0).overdue().stream()
                .filter(task -> task.caseId() != null && caseIds.contains(task.caseId()))
                .forEach(task -> task.agencies().forEach(agency -> byAgency.merge(agency, 1L, Long::sum)));
        Hazards hazards = jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN h.status = 'VERIFIED' THEN 1 ELSE 0 END), 0)
                FROM hazard h JOIN enterprise_case c ON c.id = h.case_id WHERE c.campaign_id = ?""",
                (rs, row) -> new Hazards(rs.getLong(1), rs.getLong(2)), campaignId);
        Land land = jdbc.queryForObject("""
                SELECT COALESCE(SUM(land_reclaimed_mu), 0), COALESCE(SUM(structures_demolished_m2), 0)
                FROM enterprise_case WHERE campaign_id = ?""",
                (rs, row) -> new Land(rs.getBigDecimal(1), rs.getBigDecimal(2)), campaignId);
        return new Dashboard(figures, byAgency, hazards, land);
    }

    /**
     * The cases behind a count: by stage, disposition or outcome (code "none": not set yet), or
     * "closures"/"relocations" decided. At most 500.
     */
    public List<CaseLink> cases(Long campaignId, String dimension, String code) {
        String column = switch (dimension == null ? "" : dimension) {
            case "stage" -> "c.stage";
            case "disposition" -> "c.disposition";
            case "outcome" -> "c.outcome";
            default -> throw new IllegalArgumentException("dimension: one of stage, disposition, outcome");
        };
        String sql = "SELECT c.id, e.credit_code, e.name, c.process_instance_id, c.stage, c.disposition, c.outcome"
                + " FROM enterprise_case c JOIN enterprise e ON e.id = c.enterprise_id WHERE c.campaign_id = ? AND "
                + (code == null || code.isBlank() || "none".equals(code) ? column + " IS NULL" : column + " = ?")
                + " ORDER BY c.id";
        Object[] args = code == null || code.isBlank() || "none".equals(code)
                ? new Object[] {campaignId} : new Object[] {campaignId, code};
        return jdbc.query(sql, (rs, row) -> new CaseLink(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), args)
                .stream().limit(500).toList();
    }
}
