package org.rectify.rectification;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each intermediary performs (DOMAIN.md: slow, poor, impractical reports): reports handed
 * in, late ones, the average turnaround and the reports safety returned, for the summary's
 * difficulties and the register. Two GROUP BY queries whatever the number of cases.
 */
@Service
@Transactional(readOnly = true)
public class FirmPerformance {

    private static final double SECONDS_PER_DAY = 86_400d;

    /** An enterprise whose report from the firm was late or returned. */
    public record EnterpriseRef(String creditCode, String name) {
    }

    /**
     * One firm's figures: reports submitted (a returned report and its rework count as two), late
     * (submitted after the task's due date), average days from the task's creation to submission,
     * returned for rework, and the enterprises where it was late or returned.
     */
    public record FirmRecord(Long firmId, String name, Intermediary.Kind kind, long submitted, long late,
                             double averageTurnaroundDays, long returned, List<EnterpriseRef> lateOrReturnedAt) {

        /** Late or returned at least once: what the summary lists among the difficulties. */
        public boolean troubled() {
            return late > 0 || returned > 0;
        }
    }

    private final FirmPerformanceQueries queries;
    private final IntermediaryRepository firms;

    FirmPerformance(FirmPerformanceQueries queries, IntermediaryRepository firms) {
        this.queries = queries;
        this.firms = firms;
    }

    /** The firms that reported on cases of these campaigns, design firms first, then by name. */
    public List<FirmRecord> ofCampaigns(Collection<Long> campaignIds) {
        if (campaignIds == null || campaignIds.isEmpty()) {
            return List.of();
        }
        return records(queries.figures(false, campaignIds), queries.lateOrReturned(false, campaignIds));
    }

    /** Every report on record, with or without a campaign. */
    public List<FirmRecord> all() {
        List<Long> unused = List.of(0L);
        return records(queries.figures(true, unused), queries.lateOrReturned(true, unused));
    }

    private List<FirmRecord> records(List<Object[]> figures, List<Object[]> lateOrReturned) {
        Map<Long, List<EnterpriseRef>> enterprises = lateOrReturned.stream().collect(Collectors.groupingBy(
                row -> (Long) row[0], LinkedHashMap::new,
                Collectors.mapping(row -> new EnterpriseRef((String) row[1], (String) row[2]), Collectors.toList())));
        Map<Long, Intermediary> named = firms.findAllById(figures.stream().map(row -> (Long) row[0]).toList())
                .stream().collect(Collectors.toMap(Intermediary::getId, Function.identity()));
        return figures.stream()
                .map(row -> {
                    Long firmId = (Long) row[0];
                    Intermediary firm = named.get(firmId);
                    return new FirmRecord(firmId, firm.getName(), firm.getKind(), number(row[1]), number(row[2]),
                            days(row[3]), number(row[4]), enterprises.getOrDefault(firmId, List.of()));
                })
                .sorted(Comparator.comparing(FirmRecord::kind).thenComparing(FirmRecord::name)
                        .thenComparing(FirmRecord::firmId))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Days to one decimal place. */
    private static double days(Object seconds) {
        return seconds == null ? 0 : Math.round(((Number) seconds).doubleValue() / SECONDS_PER_DAY * 10) / 10d;
    }
}
