package org.rectify.inspection;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The recorded frame of each draw (tables inspection_draw_unit and inspection_draw_inspector). */
@Component
class DrawFrames {

    record Frame(List<InspectionDraw.Unit> units, List<InspectionDraw.Candidate> inspectors) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DrawFrames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Long campaignId, Frame frame) {
        jdbc.batchUpdate("""
                INSERT INTO inspection_draw_unit (campaign_id, unit_id, township, previous_inspectors)
                VALUES (:campaign, :unit, :township, :previous)""", frame.units().stream()
                .map(u -> new MapSqlParameterSource("campaign", campaignId).addValue("unit", u.unitId())
                        .addValue("township", u.township()).addValue("previous", u.previousInspectors().isEmpty() ? null
                                : String.join(",", u.previousInspectors().stream().sorted().toList())))
                .toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("""
                INSERT INTO inspection_draw_inspector (campaign_id, user_id, township)
                VALUES (:campaign, :user, :township)""", frame.inspectors().stream()
                .map(i -> new MapSqlParameterSource("campaign", campaignId).addValue("user", i.userId())
                        .addValue("township", i.township()))
                .toArray(MapSqlParameterSource[]::new));
    }

    Frame of(Long campaignId) {
        MapSqlParameterSource campaign = new MapSqlParameterSource("campaign", campaignId);
        List<InspectionDraw.Unit> units = jdbc.query("""
                SELECT unit_id, township, previous_inspectors FROM inspection_draw_unit
                WHERE campaign_id = :campaign ORDER BY unit_id""", campaign, (rs, n) -> new InspectionDraw.Unit(
                rs.getLong(1), rs.getString(2), previous(rs.getString(3))));
        List<InspectionDraw.Candidate> inspectors = jdbc.query("""
                SELECT user_id, township FROM inspection_draw_inspector
                WHERE campaign_id = :campaign ORDER BY user_id""", campaign, (rs, n) -> new InspectionDraw.Candidate(
                rs.getString(1), rs.getString(2)));
        return new Frame(units, inspectors);
    }

    private static Set<String> previous(String joined) {
        return joined == null ? Set.of() : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
    }
}
