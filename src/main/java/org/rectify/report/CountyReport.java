package org.rectify.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rectify.inspection.InspectionCampaigns;
import org.rectify.inspection.InspectionFigures;
import org.rectify.inspection.InspectionViews.PublicityView;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Subheading;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;
import org.springframework.stereotype.Service;

/**
 * The county's special-equipment inspection report (特种设备安全大检查工作总结), drafted from a
 * campaign's records in the same document format as the chemical campaigns' summaries: what was
 * inspected, what was found and how it was handled, the effort, the publicity.
 */
@Service
public class CountyReport {

    private final InspectionCampaigns campaigns;

    CountyReport(InspectionCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    public byte[] docx(Long campaignId, String lang) {
        return SummaryDocx.write(draft(campaigns.figures(campaignId), Lang.of(lang)));
    }

    public String html(Long campaignId, String lang) {
        Lang language = Lang.of(lang);
        return SummaryHtml.write(draft(campaigns.figures(campaignId), language), language);
    }

    static Summary draft(InspectionFigures f, Lang lang) {
        String title = lang.t(f.areaName() + f.name() + "工作总结", f.name() + ": work summary (" + f.areaName() + ")");
        String period = ReportText.period(f.startDate(), f.endDate(), lang);
        List<Block> opening = List.of(new Text(lang.t(
                period + "，按照“双随机、一公开”要求，从特种设备使用单位名录中随机抽取" + n(f.unitsDrawn())
                        + "家单位并随机选派检查人员，对宾馆、饭店、医院、学校、幼儿园、大型商场、超市、旅游景点等人员密集场所的"
                        + "特种设备开展安全检查。现将工作情况总结如下。",
                "From " + period + ", " + n(f.unitsDrawn()) + " user units were drawn at random from the register, and"
                        + " their inspectors at random too (double random, public results), to check the special"
                        + " equipment of hotels, restaurants, hospitals, schools, kindergartens, shopping centres,"
                        + " supermarkets, scenic spots and other crowded places. This summary reports the work.")));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(lang.t("一、检查基本情况", "1. What was inspected"), List.of(
                new Text(lang.t("检查" + n(f.unitsInspected()) + "家，特种设备" + n(f.equipmentChecked()) + "台，检查问题或隐患"
                                + n(f.hazardsFound()) + "条，责令当场改正" + n(f.correctedOnSpot()) + "条" + orderedZh(f)
                                + "。执法检查中，共出动执法人员" + n(f.staffVisits()) + "人（次），车辆" + n(f.vehicleTrips())
                                + "台（次）。",
                        n(f.unitsInspected()) + " units inspected with " + n(f.equipmentChecked()) + " pieces of equipment; "
                                + n(f.hazardsFound()) + " problems or hazards found, " + n(f.correctedOnSpot())
                                + " corrected on the spot" + orderedEn(f) + ". The inspections took " + n(f.staffVisits())
                                + " staff-visits and " + n(f.vehicleTrips()) + " vehicle-trips.")),
                table(lang.t("表1 检查单位按场所类型", "Table 1 Units inspected by kind of place"),
                        lang.t("场所类型", "Kind of place"), lang.t("单位数（家）", "Units"), f.unitsByPlace(), lang),
                table(lang.t("表2 检查设备按种类", "Table 2 Equipment checked by kind"),
                        lang.t("设备种类", "Kind"), lang.t("台数", "Pieces"), f.equipmentByKind(), lang))));
        sections.add(new Section(lang.t("二、检查内容和发现的问题", "2. What was checked and found"), List.of(
                new Text(lang.t("主要从特种设备使用单位管理制度的建立和完善落实、人员持证上岗、设备检验、日常维护保养、应急预案的修订完善和"
                                + "应急救援演练等方面入手，边查边改、督促整改。被检查单位中，管理制度建立并落实的" + n(f.unitsWithRules())
                                + "家，作业人员持证上岗的" + n(f.unitsWithCertifiedOperators()) + "家，日常维护保养到位的"
                                + n(f.unitsMaintained()) + "家，应急预案修订并演练的" + n(f.unitsDrilled()) + "家"
                                + (f.inspectionOverdue() > 0 ? "；逾期未检设备" + n(f.inspectionOverdue()) + "台，已责令限期申报检验"
                                : "") + "。",
                        "The checks covered the user unit's safety rules and their application, certified operators, the"
                                + " statutory inspection of each piece, routine maintenance, and emergency plans and drills."
                                + " Of the units inspected, " + n(f.unitsWithRules()) + " had their rules in place, "
                                + n(f.unitsWithCertifiedOperators()) + " certified operators, " + n(f.unitsMaintained())
                                + " routine maintenance done and " + n(f.unitsDrilled()) + " a revised and drilled emergency"
                                + " plan" + (f.inspectionOverdue() > 0 ? "; " + n(f.inspectionOverdue()) + " pieces were"
                                + " overdue for statutory inspection and ordered to be inspected" : "") + ".")))));
        InspectionFigures.Publicity p = f.publicity();
        List<Block> publicity = new ArrayList<>();
        publicity.add(new Text(lang.t(clauses("，", "。", "暂无宣传记录", java.util.Arrays.asList(
                        clause(p.textMessages(), "发送特种设备安全短信", "条"), clause(p.bigScreens(), "大屏播放", "次"),
                        clause(p.publicityVehicles(), "出动宣传车", "辆"), clause(p.banners(), "悬挂横幅", "条"),
                        clause(p.displayBoards(), "摆放宣传展板", "个"), clause(p.leaflets(), "发放宣传资料", "份"),
                        clause(p.booklets(), "发放《中华人民共和国特种设备安全法》单行本", "本"),
                        clause(p.consultations(), "接待咨询群众", "人（次）"))),
                clauses(", ", ".", "No publicity recorded", java.util.Arrays.asList(clause(p.textMessages(), "", " text messages sent"),
                        clause(p.bigScreens(), "", " big-screen showings"), clause(p.publicityVehicles(), "", " publicity vehicles"),
                        clause(p.banners(), "", " banners"), clause(p.displayBoards(), "", " display boards"),
                        clause(p.leaflets(), "", " leaflets"), clause(p.booklets(), "",
                                " copies of the Special Equipment Safety Law handed out"),
                        clause(p.consultations(), "", " people advised"))))));
        if (!f.occasions().isEmpty()) {
            publicity.add(new Subheading(lang.t("（一）各次宣传活动", "(1) Publicity occasions")));
            List<List<String>> rows = new ArrayList<>();
            for (PublicityView o : f.occasions()) {
                rows.add(List.of(o.recordedOn().toString(), o.occasion() == null ? "" : o.occasion(), n(o.textMessages()),
                        n(o.banners()), n(o.displayBoards()), n(o.leaflets()), n(o.booklets()), n(o.consultations())));
            }
            publicity.add(new Table(lang.t("表3 宣传活动", "Table 3 Publicity"), List.of(lang.t("日期", "Date"),
                    lang.t("活动", "Occasion"), lang.t("短信", "Messages"), lang.t("横幅", "Banners"),
                    lang.t("展板", "Boards"), lang.t("资料", "Leaflets"), lang.t("单行本", "Booklets"),
                    lang.t("咨询", "Advised")), rows));
        }
        sections.add(new Section(lang.t("三、宣传工作", "3. Publicity"), publicity));
        sections.add(new Section(lang.t("四、下一步工作", "4. Next steps"), List.of(new Placeholder(lang.t(
                "（由领导小组填写下一步工作安排）", "(For the bureau to write: the next steps.)")))));
        return new Summary(title, opening, sections);
    }

    private static Table table(String caption, String what, String count, Map<String, Integer> counts, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((label, value) -> rows.add(List.of(label, n(value))));
        rows.add(List.of(lang.t("合计", "Total"), n(counts.values().stream().mapToInt(Integer::intValue).sum())));
        return new Table(caption, List.of(what, count), rows);
    }

    /** the ordered part of the hazards, left out when nothing was ordered (a clause about nothing is not written) */
    private static String orderedZh(InspectionFigures f) {
        return f.ordered() == 0 ? "" : "，责令限期整改" + n(f.ordered()) + "条（已整改" + n(f.rectified()) + "条，整改中"
                + n(f.stillOpen()) + "条" + (f.rectificationLate() > 0 ? "，其中逾期未改" + n(f.rectificationLate()) + "条" : "")
                + "）";
    }

    private static String orderedEn(InspectionFigures f) {
        return f.ordered() == 0 ? "" : ", " + n(f.ordered()) + " ordered to be rectified by a deadline (" + n(f.rectified())
                + " rectified, " + n(f.stillOpen()) + " still open" + (f.rectificationLate() > 0 ? ", of which "
                + n(f.rectificationLate()) + " late" : "") + ")";
    }

    /** "发放宣传资料3,000份", or null for nothing done */
    private static String clause(int count, String before, String after) {
        return count == 0 ? null : before + n(count) + after;
    }

    private static String clauses(String separator, String end, String none, List<String> parts) {
        List<String> done = parts.stream().filter(java.util.Objects::nonNull).toList();
        return (done.isEmpty() ? none : String.join(separator, done)) + end;
    }

    /** 5,084: thousands grouped as the reports print them */
    private static String n(int value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
