package org.rectify.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.inspection.InspectionCampaigns.PublishedResults;
import org.rectify.inspection.InspectionViews.PublicEntry;
import org.springframework.web.util.HtmlUtils;

/** The published list (一公开) as a plain HTML page and as a workbook: one row per unit inspected. */
public final class PublishedResultsFiles {

    static final List<String> HEADER = List.of("单位名称 Unit", "统一社会信用代码 Credit code", "场所类型 Kind of place",
            "乡镇 Township", "检查日期 Inspected on", "检查结果 Result", "问题及处理 Problems and their handling");

    private PublishedResultsFiles() {
    }

    public static String html(PublishedResults results) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s 检查结果公示</title>
                <style>body{font-family:"Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:2em;color:#222}
                table{border-collapse:collapse;width:100%%}th,td{border:1px solid #999;padding:.4em;text-align:left;
                vertical-align:top}th{background:#eee}caption{text-align:left;margin:.5em 0}</style></head><body>
                """.formatted(escape(results.campaign())));
        page.append("<h1>").append(escape(results.campaign())).append(" 检查结果公示 Published results</h1>\n")
                .append("<p>").append(escape(results.areaName())).append("，检查期间 period ")
                .append(results.startDate()).append(" 至 to ").append(results.endDate()).append("；共检查 units ")
                .append(results.entries().stream().filter(e -> e.inspectedOn() != null).count())
                .append(" 家。</p>\n<table><caption>各单位检查结果 Results by unit</caption><thead><tr>");
        HEADER.forEach(h -> page.append("<th>").append(escape(h)).append("</th>"));
        page.append("</tr></thead><tbody>\n");
        for (PublicEntry entry : results.entries()) {
            page.append("<tr>");
            cells(entry).forEach(c -> page.append("<td>").append(escape(c).replace("\n", "<br>")).append("</td>"));
            page.append("</tr>\n");
        }
        return page.append("</tbody></table>\n</body></html>\n").toString();
    }

    public static byte[] workbook(PublishedResults results) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("检查结果 Results");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
                sheet.setColumnWidth(c, (c == HEADER.size() - 1 ? 60 : 22) * 256);
            }
            int r = 1;
            for (PublicEntry entry : results.entries()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(entry);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(PublicEntry entry) {
        return List.of(entry.unitName(), entry.creditCode(), entry.placeKind(), entry.township(),
                entry.inspectedOn() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(entry.inspectedOn()),
                entry.result(), entry.hazards().stream().map(h -> h.equipment() + "：" + h.description() + "（"
                        + h.handling() + "，" + h.state() + (h.dueOn() == null ? "" : "，限 due " + h.dueOn()) + "）")
                        .collect(Collectors.joining("\n")));
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
