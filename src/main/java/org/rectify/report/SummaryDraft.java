package org.rectify.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.campaign.CampaignProgress;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Progress;
import org.rectify.campaign.Progress.Count;
import org.rectify.deadline.OverdueView;
import org.rectify.enterprise.BusinessType;
import org.rectify.identity.Agency;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.RevenueBand;
import org.rectify.rectification.FirmPerformance;
import org.rectify.rectification.FirmPerformance.FirmRecord;
import org.rectify.rectification.Hazard;
import org.rectify.review.Decision;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts the work summary (工作总结) of one campaign, or of several together (a city's campaigns
 * in one report, with their totals); every number comes from a query.
 */
@Component
@Transactional(readOnly = true)
class SummaryDraft {

    /** a report over more campaigns than this is refused: nobody reads such a table */
    static final int MAX_CAMPAIGNS = 50;

    private final Campaigns campaigns;
    private final CampaignProgress progress;
    private final ReportQueries queries;
    private final OverdueView overdue;
    private final FirmPerformance firms;

    SummaryDraft(Campaigns campaigns, CampaignProgress progress, ReportQueries queries, OverdueView overdue,
                 FirmPerformance firms) {
        this.campaigns = campaigns;
        this.progress = progress;
        this.queries = queries;
        this.overdue = overdue;
        this.firms = firms;
    }

    /** The campaigns' own figures, and their sums when there are several. */
    private record Scope(List<CampaignView> campaigns, List<Progress> progress, List<Long> ids) {

        boolean combined() {
            return campaigns.size() > 1;
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
            return new Progress.Line(target, decided, achieved,
                    target == null ? null : (int) Math.max(0, target - achieved));
        }
    }

    Summary draft(List<Long> campaignIds, Lang lang) {
        List<Long> ids = campaignIds == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(campaignIds));
        if (ids.isEmpty() || ids.contains(null)) {
            throw new IllegalArgumentException("campaignId: name the campaigns, e.g. ?campaignId=1&campaignId=2");
        }
        if (ids.size() > MAX_CAMPAIGNS) {
            throw new IllegalArgumentException("campaignId: at most " + MAX_CAMPAIGNS + " campaigns in one report, not "
                    + ids.size());
        }
        List<CampaignView> views = ids.stream().map(campaigns::get).toList();
        Scope scope = new Scope(views, ids.stream().map(progress::of).toList(), ids);
        List<Section> sections = new ArrayList<>();
        sections.add(situation(scope, lang));
        sections.add(targets(scope, lang));
        sections.add(work(scope, lang));
        sections.add(difficulties(scope, lang));
        sections.add(new Section(lang.t("五、下一步工作", "5. Next steps"), List.of(new Placeholder(lang.t(
                "【待领导小组填写】请在此写明下一步工作安排。",
                "[To be written by the leading group] Set out the next steps here.")))));
        return new Summary(title(scope, lang), sections);
    }

    private static String title(Scope scope, Lang lang) {
        if (!scope.combined()) {
            return scope.campaigns().get(0).name() + lang.t(" — 工作总结", " — work summary");
        }
        String areas = String.join("、", areas(scope));
        return lang.t(areas + "化工企业专项整治工作总结（" + scope.campaigns().size() + "项行动）",
                areas + ": chemical enterprise rectification, work summary of " + scope.campaigns().size()
                        + " campaigns");
    }

    private static Set<String> areas(Scope scope) {
        Set<String> areas = new LinkedHashSet<>();
        scope.campaigns().forEach(c -> areas.add(c.areaName()));
        return areas;
    }

    private Section situation(Scope scope, Lang lang) {
        List<Block> blocks = new ArrayList<>();
        Table byType = table(lang.t("按企业类型", "By business type"), lang,
                labelled(queries.countByBusinessType(scope.ids()), BusinessType.class, BusinessType::displayName, lang));
        List<Object[]> bands = queries.countByRevenueBand(scope.ids());
        long total = byType.rows().stream().mapToLong(r -> Long.parseLong(r.get(1))).sum();
        long above = queries.countAboveScale(scope.ids());
        BigDecimal sales = bands.stream().map(r -> (BigDecimal) r[2]).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String where = scope.combined() ? lang.t("纳入" + scope.campaigns().size() + "项整治行动",
                "in the " + scope.campaigns().size() + " campaigns")
                : lang.t(scope.campaigns().get(0).areaName() + "列入本次整治行动", "in " + scope.campaigns().get(0)
                        .areaName() + " are in this campaign");
        blocks.add(new Text(lang.t(where + "的企业共" + total + "家，其中规模以上企业" + above + "家，规模以下"
                        + (total - above) + "家。",
                total + " enterprises " + where + ": " + above + " above designated size, " + (total - above)
                        + " below.") + sales(scope, sales, queries.countWithoutSales(scope.ids()), lang)));
        if (scope.combined()) {
            blocks.add(byCampaign(scope, lang));
        }
        blocks.add(byType);
        blocks.add(new Table(lang.t("按营业收入", "By revenue band"), List.of(lang.t("按营业收入", "By revenue band"),
                lang.t("数量", "Count"), lang.t("年销售额（万元）", "Sales (10k yuan)"), lang.t("占销售额", "Share of sales")),
                bands.stream().sorted(Comparator.comparingInt(r -> r[0] == null ? Integer.MAX_VALUE
                                : ((RevenueBand) r[0]).ordinal()))
                        .map(r -> List.of(r[0] == null ? lang.t("未填写", "Not given")
                                        : lang.pick(((RevenueBand) r[0]).displayName()), String.valueOf(number(r[1])),
                                plain((BigDecimal) r[2]), percent((BigDecimal) r[2], sales)))
                        .toList()));
        return new Section(lang.t("一、基本情况", "1. The situation"), blocks);
    }

    /**
     * The enterprises' sales, and their share of the area's industrial sales where every campaign
     * gives it (an area's figure counts once however many of its campaigns are in the report).
     */
    private static String sales(Scope scope, BigDecimal sales, long withoutSales, Lang lang) {
        if (sales.signum() == 0 && withoutSales > 0) {
            return lang.t("企业未填报销售额。", " No sales were reported.");
        }
        StringBuilder text = new StringBuilder(lang.t("年销售额合计" + plain(sales.movePointLeft(4)) + "亿元",
                " Their sales total " + plain(sales.movePointLeft(5)) + " bn yuan"));
        Map<String, BigDecimal> areaSales = new LinkedHashMap<>();
        boolean everyArea = true;
        for (CampaignView campaign : scope.campaigns()) {
            if (campaign.areaIndustrySales() == null) {
                everyArea = false;
            } else {
                areaSales.merge(campaign.areaName(), campaign.areaIndustrySales(), BigDecimal::max);
            }
        }
        if (everyArea) {
            BigDecimal industry = areaSales.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            String areas = String.join("、", areaSales.keySet());
            text.append(lang.t("，占" + areas + "工业销售额的" + percent(sales, industry),
                    ", " + percent(sales, industry) + " of the industrial sales of " + areas));
        }
        if (withoutSales > 0) {
            text.append(lang.t("（" + withoutSales + "家未填报）", " (" + withoutSales + " did not report sales)"));
        }
        return text.append(lang.t("。", ".")).toString();
    }

    private Table byCampaign(Scope scope, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        long eliminatedTotal = 0;
        BigDecimal landTotal = BigDecimal.ZERO;
        for (int i = 0; i < scope.campaigns().size(); i++) {
            CampaignView campaign = scope.campaigns().get(i);
            Progress figures = scope.progress().get(i);
            List<Long> one = List.of(campaign.id());
            long eliminated = hazards(one).getOrDefault(Hazard.Status.VERIFIED.name(), 0L);
            BigDecimal land = queries.landReclaimedMu(one);
            eliminatedTotal += eliminated;
            landTotal = land == null ? landTotal : landTotal.add(land);
            rows.add(List.of(lang.pick(campaign.name()), String.valueOf(figures.cases()),
                    String.valueOf(figures.targets().closures().achieved()),
                    String.valueOf(figures.targets().relocations().achieved()), String.valueOf(eliminated), mu(land)));
        }
        rows.add(List.of(lang.t("合计", "Total"), String.valueOf(scope.cases()),
                String.valueOf(scope.closures().achieved()), String.valueOf(scope.relocations().achieved()),
                String.valueOf(eliminatedTotal), mu(landTotal)));
        return new Table(lang.t("各整治行动", "By campaign"), List.of(lang.t("整治行动", "Campaign"),
                lang.t("企业", "Enterprises"), lang.t("完成关闭", "Closures achieved"), lang.t("完成搬迁", "Relocations achieved"),
                lang.t("隐患销号", "Hazards eliminated"), lang.t("复垦土地（亩）", "Land reclaimed (mu)")), rows);
    }

    private Section targets(Scope scope, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < scope.campaigns().size(); i++) {
            CampaignView campaign = scope.campaigns().get(i);
            String prefix = scope.combined() ? lang.pick(campaign.name()) + " " : "";
            for (Progress.Year year : scope.progress().get(i).targets().years()) {
                rows.add(List.of(prefix + lang.t("第" + year.year() + "年", "Year " + year.year()),
                        year.from() + " – " + year.to(), text(year.closureTarget()), text(year.relocationTarget())));
            }
            if (scope.combined()) {
                rows.add(List.of(prefix + lang.t("小计", "subtotal"), campaign.startDate() + " – " + campaign.endDate(),
                        text(campaign.closureTarget()), text(campaign.relocationTarget())));
            }
        }
        String from = scope.campaigns().stream().map(c -> c.startDate().toString()).min(String::compareTo).orElseThrow();
        String to = scope.campaigns().stream().map(c -> c.endDate().toString()).max(String::compareTo).orElseThrow();
        Integer closureTarget = scope.closures().target();
        Integer relocationTarget = scope.relocations().target();
        rows.add(List.of(lang.t("合计", "Total"), from + " – " + to, text(closureTarget), text(relocationTarget)));
        return new Section(lang.t("二、目标任务", "2. Targets"), List.of(
                new Text(lang.t("行动目标：关闭淘汰" + text(closureTarget) + "家，搬迁入园" + text(relocationTarget) + "家。",
                        "Targets: close " + text(closureTarget) + " and relocate " + text(relocationTarget)
                                + " enterprises.")),
                new Table(lang.t("年度目标", "Targets per year"), List.of(lang.t("年度", "Year"),
                        lang.t("期间", "Period"), lang.t("关闭目标", "Closures"), lang.t("搬迁目标", "Relocations")),
                        rows)));
    }

    private Section work(Scope scope, Lang lang) {
        List<Long> ids = scope.ids();
        List<Block> blocks = new ArrayList<>();
        List<Count> byDisposition = scope.byDisposition();
        long decided = byDisposition.stream().filter(c -> c.code() != null).mapToLong(Count::count).sum();
        BigDecimal land = queries.landReclaimedMu(ids);
        long reviewed = queries.countDecided(ids, Decision.Kind.REVIEW, null);
        long problems = queries.countDecided(ids, Decision.Kind.REVIEW, Disposition.COMPLIANT);
        long amended = queries.countDecided(ids, Decision.Kind.VERIFICATION, null);
        long added = queries.countAddedAtVerification(ids);
        long toRectify = byDisposition.stream()
                .filter(c -> c.code() != null && !c.code().equals(Disposition.COMPLIANT.name()))
                .mapToLong(Count::count).sum();
        blocks.add(new Text(lang.t("共建立企业整治档案" + scope.cases() + "件，已作出处置决定" + decided + "件。"
                        + "联合会审企业" + reviewed + "家，发现问题" + problems + "家；现场核查调整" + amended + "家、新增"
                        + added + "家，需整治企业共" + toRectify + "家。",
                scope.cases() + " cases opened; " + decided + " with a disposition decided. The joint review"
                        + " examined " + reviewed + " enterprises and found problems at " + problems + "; on-site"
                        + " verification amended " + amended + " and added " + added + ", " + toRectify
                        + " enterprises to be dealt with in all.")));
        blocks.add(table(lang.t("处置方式", "Dispositions"), lang, counts(byDisposition, lang)));
        blocks.add(table(lang.t("整治结果", "Outcomes"), lang, counts(scope.byOutcome(), lang)));
        blocks.add(new Table(lang.t("目标完成情况", "Against the targets"), List.of("", lang.t("目标", "Target"),
                lang.t("已决定", "Decided"), lang.t("已完成", "Achieved"), lang.t("尚余", "Remaining")), List.of(
                line(lang.t("关闭淘汰", "Closures"), scope.closures()),
                line(lang.t("搬迁入园", "Relocations"), scope.relocations()))));
        Map<String, Long> hazards = hazards(ids);
        long found = hazards.values().stream().mapToLong(Long::longValue).sum();
        long eliminated = hazards.getOrDefault(Hazard.Status.VERIFIED.name(), 0L);
        blocks.add(new Text(lang.t("排查隐患" + found + "处，已整改销号" + eliminated + "处；复垦土地" + mu(land) + "亩。",
                found + " hazards found, " + eliminated + " eliminated; " + mu(land) + " mu of land reclaimed.")));
        List<List<String>> units = queries.eliminatedUnits(ids).stream()
                .map(r -> List.of(String.valueOf(r[0]), String.valueOf(number(r[1])))).toList();
        if (!units.isEmpty()) {
            blocks.add(table(lang.t("淘汰装置和生产线", "Units and lines eliminated"), lang, units));
        }
        blocks.add(new Text(lang.t("召开会议" + scope.activity(Progress.Activities::meetings) + "次，签订承诺书"
                        + scope.activity(Progress.Activities::commitmentLetters) + "份；发送短信"
                        + scope.activity(Progress.Activities::textMessages) + "条，发放宣传资料"
                        + scope.activity(Progress.Activities::leaflets) + "份，接受咨询"
                        + scope.activity(Progress.Activities::consultations) + "人次。",
                scope.activity(Progress.Activities::meetings) + " meetings held, "
                        + scope.activity(Progress.Activities::commitmentLetters) + " commitment letters signed; "
                        + scope.activity(Progress.Activities::textMessages) + " text messages, "
                        + scope.activity(Progress.Activities::leaflets) + " leaflets, "
                        + scope.activity(Progress.Activities::consultations) + " consultations.")));
        return new Section(lang.t("三、主要工作", "3. What was done"), blocks);
    }

    private Section difficulties(Scope scope, Lang lang) {
        Map<String, Long> byAgency = overdue.overdueByAgency(scope.ids());
        List<Block> blocks = new ArrayList<>();
        long late = byAgency.values().stream().mapToLong(Long::longValue).sum();
        blocks.add(new Text(late == 0 ? lang.t("目前没有超期未办的任务。", "No task is overdue.")
                : lang.t("部分环节办理超期，按部门统计如下。", "Some tasks are overdue; by agency:")));
        if (late > 0) {
            blocks.add(table(lang.t("超期任务", "Overdue tasks"), lang, byAgency.entrySet().stream()
                    .map(e -> List.of(Agency.byGroupId(e.getKey()).map(a -> lang.pick(a.displayName()))
                            .orElse(e.getKey()), String.valueOf(e.getValue()))).toList()));
        }
        List<FirmRecord> troubled = firms.ofCampaigns(scope.ids()).stream().filter(FirmRecord::troubled).toList();
        blocks.add(new Text(troubled.isEmpty()
                ? lang.t("第三方机构的报告均按期提交，没有被退回的。", "Every intermediary reported on time; no report was"
                        + " returned.")
                : lang.t("部分第三方机构报告迟交或被退回重做，按机构统计如下。", "Some intermediaries reported late or had"
                        + " reports returned for rework:")));
        if (!troubled.isEmpty()) {
            blocks.add(new Table(lang.t("第三方机构报告", "Intermediaries' reports"), List.of(
                    lang.t("第三方机构报告", "Intermediaries' reports"), lang.t("类别", "Kind"),
                    lang.t("提交报告", "Reports"), lang.t("超期", "Late"), lang.t("退回", "Returned"),
                    lang.t("平均用时（天）", "Average days"), lang.t("涉及企业", "Enterprises concerned")),
                    troubled.stream().map(f -> List.of(lang.pick(f.name()), lang.pick(f.kind().displayName()),
                            String.valueOf(f.submitted()), String.valueOf(f.late()), String.valueOf(f.returned()),
                            String.valueOf(f.averageTurnaroundDays()), f.lateOrReturnedAt().stream()
                                    .map(e -> lang.pick(e.name())).distinct().collect(Collectors.joining("、"))))
                            .toList()));
        }
        return new Section(lang.t("四、存在问题", "4. Difficulties"), blocks);
    }

    private Map<String, Long> hazards(List<Long> campaignIds) {
        Map<String, Long> byStatus = new TreeMap<>();
        for (Object[] row : queries.countHazardsByStatus(campaignIds)) {
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

    /** part of whole as a percentage with one decimal; a dash without a whole */
    private static String percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "—";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
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
