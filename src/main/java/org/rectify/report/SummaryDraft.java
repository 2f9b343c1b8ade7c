package org.rectify.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.rectify.campaign.CampaignProgress;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Progress;
import org.rectify.campaign.Progress.Count;
import org.rectify.deadline.OverdueView;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.RevenueBand;
import org.rectify.rectification.Hazard;
import org.rectify.review.Decision;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Drafts the work summary (工作总结) from the campaign's figures; every number comes from a query. */
@Component
@Transactional(readOnly = true)
class SummaryDraft {

    private final Campaigns campaigns;
    private final CampaignProgress progress;
    private final ReportQueries queries;
    private final OverdueView overdue;

    SummaryDraft(Campaigns campaigns, CampaignProgress progress, ReportQueries queries, OverdueView overdue) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.queries = queries;
        this.overdue = overdue;
    }

    Summary draft(Long campaignId, Lang lang) {
        CampaignView campaign = campaigns.get(campaignId);
        Progress figures = progress.of(campaignId);
        return new Summary(campaign.name() + lang.t("工作总结", " work summary"), List.of(
                situation(campaignId, campaign, lang),
                targets(campaign, figures, lang),
                work(campaignId, figures, lang),
                difficulties(campaignId, lang),
                new Section(lang.t("五、下一步工作", "5. Next steps"), List.of(new Placeholder(lang.t(
                        "【待领导小组填写】请在此写明下一步工作安排。",
                        "[To be written by the leading group] Set out the next steps here."))))));
    }

    private Section situation(Long campaignId, CampaignView campaign, Lang lang) {
        Table byType = table(lang.t("按企业类型", "By business type"), lang,
                labelled(queries.countByBusinessType(campaignId), BusinessType.class, BusinessType::displayName, lang));
        Table byBand = table(lang.t("按营业收入", "By revenue band"), lang,
                labelled(queries.countByRevenueBand(campaignId), RevenueBand.class, RevenueBand::displayName, lang));
        long total = byType.rows().stream().mapToLong(r -> Long.parseLong(r.get(1))).sum();
        long above = queries.countAboveScale(campaignId);
        return new Section(lang.t("一、基本情况", "1. The situation"), List.of(
                new Text(lang.t(campaign.areaName() + "列入本次整治行动的企业共" + total + "家，其中规模以上企业" + above
                                + "家，规模以下" + (total - above) + "家。",
                        total + " enterprises in " + campaign.areaName() + " are in this campaign: " + above
                                + " above designated size, " + (total - above) + " below.")),
                byType, byBand));
    }

    private Section targets(CampaignView campaign, Progress figures, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        for (Progress.Year year : figures.targets().years()) {
            rows.add(List.of(lang.t("第" + year.year() + "年", "Year " + year.year()),
                    year.from() + " – " + year.to(), text(year.closureTarget()), text(year.relocationTarget())));
        }
        rows.add(List.of(lang.t("合计", "Total"), campaign.startDate() + " – " + campaign.endDate(),
                text(campaign.closureTarget()), text(campaign.relocationTarget())));
        return new Section(lang.t("二、目标任务", "2. Targets"), List.of(
                new Text(lang.t("行动目标：关闭淘汰" + text(campaign.closureTarget()) + "家，搬迁入园"
                                + text(campaign.relocationTarget()) + "家。",
                        "Targets: close " + text(campaign.closureTarget()) + " and relocate "
                                + text(campaign.relocationTarget()) + " enterprises.")),
                new Table(lang.t("年度目标", "Targets per year"), List.of(lang.t("年度", "Year"),
                        lang.t("期间", "Period"), lang.t("关闭目标", "Closures"), lang.t("搬迁目标", "Relocations")),
                        rows)));
    }

    private Section work(Long campaignId, Progress figures, Lang lang) {
        List<Block> blocks = new ArrayList<>();
        long decided = figures.byDisposition().stream().filter(c -> c.code() != null).mapToLong(Count::count).sum();
        BigDecimal land = queries.landReclaimedMu(campaignId);
        long reviewed = queries.countDecided(campaignId, Decision.Kind.REVIEW, null);
        long problems = queries.countDecided(campaignId, Decision.Kind.REVIEW, Disposition.COMPLIANT);
        long amended = queries.countDecided(campaignId, Decision.Kind.VERIFICATION, null);
        long added = queries.countAddedAtVerification(campaignId);
        long toRectify = figures.byDisposition().stream()
                .filter(c -> c.code() != null && !c.code().equals(Disposition.COMPLIANT.name()))
                .mapToLong(Count::count).sum();
        blocks.add(new Text(lang.t("共建立企业整治档案" + figures.cases() + "件，已作出处置决定" + decided + "件。"
                        + "联合会审企业" + reviewed + "家，发现问题" + problems + "家；现场核查调整" + amended + "家、新增"
                        + added + "家，需整治企业共" + toRectify + "家。",
                figures.cases() + " cases opened; " + decided + " with a disposition decided. The joint review"
                        + " examined " + reviewed + " enterprises and found problems at " + problems + "; on-site"
                        + " verification amended " + amended + " and added " + added + ", " + toRectify
                        + " enterprises to be dealt with in all.")));
        blocks.add(table(lang.t("处置方式", "Dispositions"), lang, counts(figures.byDisposition(), lang)));
        blocks.add(table(lang.t("整治结果", "Outcomes"), lang, counts(figures.byOutcome(), lang)));
        Progress.Line closures = figures.targets().closures();
        Progress.Line relocations = figures.targets().relocations();
        blocks.add(new Table(lang.t("目标完成情况", "Against the targets"), List.of("", lang.t("目标", "Target"),
                lang.t("已决定", "Decided"), lang.t("已完成", "Achieved"), lang.t("尚余", "Remaining")), List.of(
                line(lang.t("关闭淘汰", "Closures"), closures), line(lang.t("搬迁入园", "Relocations"), relocations))));
        Map<String, Long> hazards = hazards(campaignId);
        blocks.add(new Text(lang.t("排查隐患" + hazards.values().stream().mapToLong(Long::longValue).sum() + "处，已整改销号"
                        + hazards.getOrDefault(Hazard.Status.VERIFIED.name(), 0L) + "处；复垦土地"
                        + mu(land) + "亩。",
                hazards.values().stream().mapToLong(Long::longValue).sum() + " hazards found, "
                        + hazards.getOrDefault(Hazard.Status.VERIFIED.name(), 0L) + " eliminated; "
                        + mu(land) + " mu of land reclaimed.")));
        List<List<String>> units = queries.eliminatedUnits(campaignId).stream()
                .map(r -> List.of(String.valueOf(r[0]), String.valueOf(number(r[1])))).toList();
        if (!units.isEmpty()) {
            blocks.add(table(lang.t("淘汰装置和生产线", "Units and lines eliminated"), lang, units));
        }
        Progress.Activities a = figures.activities();
        blocks.add(new Text(lang.t("召开会议" + a.meetings() + "次，签订承诺书" + a.commitmentLetters() + "份；发送短信"
                        + a.textMessages() + "条，发放宣传资料" + a.leaflets() + "份，接受咨询" + a.consultations() + "人次。",
                a.meetings() + " meetings held, " + a.commitmentLetters() + " commitment letters signed; "
                        + a.textMessages() + " text messages, " + a.leaflets() + " leaflets, "
                        + a.consultations() + " consultations.")));
        return new Section(lang.t("三、主要工作", "3. What was done"), blocks);
    }

    private Section difficulties(Long campaignId, Lang lang) {
        Set<Long> cases = new HashSet<>(queries.caseIds(campaignId));
        Map<String, Long> byAgency = new TreeMap<>();
        overdue.overview(0).overdue().stream().filter(t -> cases.contains(t.caseId()))
                .forEach(t -> t.agencies().forEach(agency -> byAgency.merge(agency, 1L, Long::sum)));
        List<Block> blocks = new ArrayList<>();
        long late = byAgency.values().stream().mapToLong(Long::longValue).sum();
        blocks.add(new Text(late == 0 ? lang.t("目前没有超期未办的任务。", "No task is overdue.")
                : lang.t("部分环节办理超期，按部门统计如下。", "Some tasks are overdue; by agency:")));
        if (late > 0) {
            blocks.add(table(lang.t("超期任务", "Overdue tasks"), lang, byAgency.entrySet().stream()
                    .map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList()));
        }
        return new Section(lang.t("四、存在问题", "4. Difficulties"), blocks);
    }

    private Map<String, Long> hazards(Long campaignId) {
        Map<String, Long> byStatus = new TreeMap<>();
        for (Object[] row : queries.countHazardsByStatus(campaignId)) {
            byStatus.put(((Hazard.Status) row[0]).name(), number(row[1]));
        }
        return byStatus;
    }

    private static List<String> line(String label, Progress.Line line) {
        return List.of(label, text(line.target()), String.valueOf(line.decided()), String.valueOf(line.achieved()),
                text(line.remaining()));
    }

    private static List<List<String>> counts(List<Count> counts, Lang lang) {
        return counts.stream().map(c -> List.of(lang.pick(c.label()), String.valueOf(c.count()))).toList();
    }

    private static <E extends Enum<E>> List<List<String>> labelled(List<Object[]> rows, Class<E> type,
            Function<E, String> label, Lang lang) {
        return rows.stream()
                .sorted(Comparator.comparingInt(r -> r[0] == null ? Integer.MAX_VALUE
                        : type.cast(r[0]).ordinal()))
                .map(r -> List.of(r[0] == null ? lang.t("未填写", "Not given") : lang.pick(label.apply(type.cast(r[0]))),
                        String.valueOf(number(r[1]))))
                .toList();
    }

    private static Table table(String caption, Lang lang, List<List<String>> rows) {
        return new Table(caption, List.of(caption, lang.t("数量", "Count")), rows);
    }

    private static String mu(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
