package org.rectify.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A campaign as the API shows it; codes for machines, labels (Chinese first) for people. */
public record CampaignView(
        Long id,
        String name,
        String level,
        String levelLabel,
        String areaName,
        LocalDate startDate,
        LocalDate endDate,
        String leadingGroup,
        StandardSummary standard,
        Integer closureTarget,
        Integer relocationTarget,
        BigDecimal areaIndustrySales,
        Integer areaProducers,
        List<Year> years,
        String createdBy,
        Instant createdAt,
        Instant startRequestedAt) {

    public record StandardSummary(Long id, String code, String name, int items) {
    }

    /** One campaign year with its dates and targets (null: none set). */
    public record Year(int year, LocalDate from, LocalDate to, Integer closureTarget, Integer relocationTarget) {
    }

    static CampaignView of(Campaign c) {
        UpgradeStandard s = c.getStandard();
        return new CampaignView(c.getId(), c.getName(), c.getLevel().name(), c.getLevel().displayName(),
                c.getAreaName(), c.getStartDate(), c.getEndDate(), c.getLeadingGroup(),
                s == null ? null : new StandardSummary(s.getId(), s.getCode(), s.getName(), s.getItems().size()),
                c.getClosureTarget(), c.getRelocationTarget(), c.getAreaIndustrySales(), c.getAreaProducers(), years(c), c.getCreatedBy(), c.getCreatedAt(),
                c.getStartRequestedAt());
    }

    static List<Year> years(Campaign c) {
        return IntStream.rangeClosed(1, c.years()).mapToObj(n -> {
            YearTarget target = c.target(n).orElse(new YearTarget(n, null, null));
            LocalDate to = c.yearStart(n + 1).minusDays(1);
            return new Year(n, c.yearStart(n), to.isAfter(c.getEndDate()) ? c.getEndDate() : to,
                    target.closures(), target.relocations());
        }).toList();
    }
}
