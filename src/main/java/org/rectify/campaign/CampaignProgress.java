package org.rectify.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rectify.campaign.Progress.Activities;
import org.rectify.campaign.Progress.Count;
import org.rectify.campaign.Progress.Line;
import org.rectify.campaign.Progress.Targets;
import org.rectify.campaign.Progress.Year;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes progress from our own tables with a fixed number of indexed GROUP BY and COUNT
 * queries, whatever the campaign's size; engine history is never scanned.
 */
@Service
@Transactional(readOnly = true)
public class CampaignProgress {

    private final Campaigns campaigns;
    private final CampaignStart start;
    private final CampaignCases cases;
    private final MeetingRepository meetings;
    private final PublicityRepository publicity;

    CampaignProgress(Campaigns campaigns, CampaignStart start, CampaignCases cases, MeetingRepository meetings,
                     PublicityRepository publicity) {
        this.campaigns = campaigns;
        this.start = start;
        this.cases = cases;
        this.meetings = meetings;
        this.publicity = publicity;
    }

    public Progress of(Long campaignId) {
        Campaign campaign = campaigns.campaign(campaignId);
        List<Count> byStage = counts(cases.countByStage(campaignId), CaseStage.class, CaseStage::displayName, null);
        List<Count> byDisposition = counts(cases.countByDisposition(campaignId), Disposition.class,
                Disposition::displayName, "未决定 Not decided yet");
        List<Count> byOutcome = counts(cases.countByOutcome(campaignId), CaseOutcome.class,
                CaseOutcome::displayName, "未结案 Not ended yet");
        long total = byStage.stream().mapToLong(Count::count).sum();
        Targets targets = new Targets(
                line(campaign.getClosureTarget(), TargetKind.CLOSURE, byDisposition, byOutcome),
                line(campaign.getRelocationTarget(), TargetKind.RELOCATION, byDisposition, byOutcome),
                years(campaign));
        return new Progress(campaignId, campaign.getName(), start.status(campaignId), total, byStage, byDisposition,
                byOutcome, targets, activities(campaignId));
    }

    private static Line line(Integer target, TargetKind kind, List<Count> byDisposition, List<Count> byOutcome) {
        long decided = sum(byDisposition, kind.dispositions.stream().map(Enum::name).toList());
        long achieved = sum(byOutcome, kind.outcomes.stream().map(Enum::name).toList());
        return new Line(target, decided, achieved, target == null ? null : (int) Math.max(0, target - achieved));
    }

    private List<Year> years(Campaign campaign) {
        List<Year> years = new ArrayList<>();
        for (CampaignView.Year year : CampaignView.years(campaign)) {
            LocalDate from = year.from();
            LocalDate until = until(year);
            years.add(new Year(year.year(), from, year.to(),
                    year.closureTarget(), due(campaign, TargetKind.CLOSURE, from, until),
                    achieved(campaign, TargetKind.CLOSURE, from, until),
                    year.relocationTarget(), due(campaign, TargetKind.RELOCATION, from, until),
                    achieved(campaign, TargetKind.RELOCATION, from, until)));
        }
        return years;
    }

    /**
     * The ids of the cases behind one target figure of {@link #of}, under the same conditions:
     * {@code closures-decided} and {@code closures-achieved} for the whole campaign, and for its
     * year n {@code closures-due-n} and {@code closures-achieved-n}; likewise {@code relocations-...}.
     */
    public List<Long> targetCases(Long campaignId, String code) {
        Campaign campaign = campaigns.campaign(campaignId);
        String[] parts = code == null ? new String[0] : code.split("-", -1);
        TargetKind kind = parts.length < 2 ? null : switch (parts[0]) {
            case "closures" -> TargetKind.CLOSURE;
            case "relocations" -> TargetKind.RELOCATION;
            default -> null;
        };
        if (kind != null && parts.length == 2) {
            switch (parts[1]) {
                case "decided":
                    return cases.idsDecided(campaignId, kind.dispositions);
                case "achieved":
                    return cases.idsAchieved(campaignId, kind.outcomes);
                default:
                    break;
            }
        }
        if (kind != null && parts.length == 3 && parts[2].matches("[1-9][0-9]{0,3}")) {
            int number = Integer.parseInt(parts[2]);
            CampaignView.Year year = CampaignView.years(campaign).stream().filter(y -> y.year() == number)
                    .findFirst().orElse(null);
            if (year != null) {
                switch (parts[1]) {
                    case "due":
                        return cases.idsDue(campaignId, kind.dispositions, year.from(), until(year));
                    case "achieved":
                        return cases.idsEnded(campaignId, kind.outcomes, instant(year.from()), instant(until(year)));
                    default:
                        break;
                }
            }
        }
        throw new IllegalArgumentException("code: closures-decided, closures-achieved, closures-due-N,"
                + " closures-achieved-N or the same for relocations (N: a year of the campaign), got " + code);
    }

    private static LocalDate until(CampaignView.Year year) {
        return year.to().plusDays(1);
    }

    private long due(Campaign campaign, TargetKind kind, LocalDate from, LocalDate until) {
        return cases.countDue(campaign.getId(), kind.dispositions, from, until);
    }

    private long achieved(Campaign campaign, TargetKind kind, LocalDate from, LocalDate until) {
        return cases.countEnded(campaign.getId(), kind.outcomes, instant(from), instant(until));
    }

    private Activities activities(Long campaignId) {
        List<Count> byKind = counts(meetings.countByKind(campaignId), MeetingKind.class, MeetingKind::displayName, null);
        List<Object[]> sums = publicity.totals(campaignId);
        Object[] totals = sums.isEmpty() ? new Object[3] : sums.get(0);
        return new Activities(byKind.stream().mapToLong(Count::count).sum(), byKind,
                meetings.countCommitments(campaignId), number(totals[0]), number(totals[1]), number(totals[2]));
    }

    /** Rows of (enum or null, count) in the enum's order, "not set" last. */
    private static <E extends Enum<E>> List<Count> counts(List<Object[]> rows, Class<E> type,
                                                         Function<E, String> label, String unsetLabel) {
        return rows.stream()
                .map(row -> {
                    E value = type.cast(row[0]);
                    return Map.entry(value == null ? Integer.MAX_VALUE : value.ordinal(), new Count(
                            value == null ? null : value.name(), value == null ? unsetLabel : label.apply(value),
                            number(row[1])));
                })
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static long sum(List<Count> counts, List<String> codes) {
        return counts.stream().filter(c -> codes.contains(c.code())).mapToLong(Count::count).sum();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(LocalDate date) {
        return date.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
