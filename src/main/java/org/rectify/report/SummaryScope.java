package org.rectify.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Progress;
import org.rectify.campaign.Progress.Count;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;

/** The campaigns a summary is about, with each one's progress, and their sums when there are several. */
record SummaryScope(List<CampaignView> campaigns, List<Progress> progress, List<Long> ids) {

    boolean combined() {
        return campaigns.size() > 1;
    }

    CampaignView single() {
        return campaigns.get(0);
    }

    long cases() {
        return progress.stream().mapToLong(Progress::cases).sum();
    }

    List<Count> byDisposition() {
        return merged(Progress::byDisposition, Disposition.class);
    }

    List<Count> byOutcome() {
        return merged(Progress::byOutcome, CaseOutcome.class);
    }

    Progress.Line closures() {
        return line(p -> p.targets().closures());
    }

    Progress.Line relocations() {
        return line(p -> p.targets().relocations());
    }

    long activity(Function<Progress.Activities, Long> figure) {
        return progress.stream().mapToLong(p -> figure.apply(p.activities())).sum();
    }

    /** the area names, each once */
    String areas() {
        return String.join("、", campaigns.stream().map(CampaignView::areaName).distinct().toList());
    }

    /**
     * A figure of the area (its industrial sales, its producers) summed over the areas, each area
     * once however many of its campaigns are in the report; null unless every campaign gives it.
     */
    BigDecimal areaFigure(Function<CampaignView, BigDecimal> figure) {
        Map<String, BigDecimal> byArea = new LinkedHashMap<>();
        for (CampaignView campaign : campaigns) {
            BigDecimal value = figure.apply(campaign);
            if (value == null) {
                return null;
            }
            byArea.merge(campaign.areaName(), value, BigDecimal::max);
        }
        return byArea.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** one campaign's counts as they are; several campaigns' summed per code, in the enum's order */
    private <E extends Enum<E>> List<Count> merged(Function<Progress, List<Count>> counts, Class<E> type) {
        if (!combined()) {
            return counts.apply(progress.get(0));
        }
        Map<String, Count> byCode = new LinkedHashMap<>();
        progress.stream().flatMap(p -> counts.apply(p).stream()).forEach(c -> byCode.merge(
                String.valueOf(c.code()), c, (a, b) -> new Count(a.code(), a.label(), a.count() + b.count())));
        return byCode.values().stream().sorted(Comparator.comparingInt(
                c -> c.code() == null ? Integer.MAX_VALUE : Enum.valueOf(type, c.code()).ordinal())).toList();
    }

    /** the targets add up where every campaign has one; remaining is computed on the sums */
    private Progress.Line line(Function<Progress, Progress.Line> of) {
        List<Progress.Line> lines = progress.stream().map(of).toList();
        if (!combined()) {
            return lines.get(0);
        }
        Integer target = lines.stream().allMatch(l -> l.target() == null) ? null
                : lines.stream().map(Progress.Line::target).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        long decided = lines.stream().mapToLong(Progress.Line::decided).sum();
        long achieved = lines.stream().mapToLong(Progress.Line::achieved).sum();
        return new Progress.Line(target, decided, achieved, target == null ? null : (int) Math.max(0, target - achieved));
    }
}
