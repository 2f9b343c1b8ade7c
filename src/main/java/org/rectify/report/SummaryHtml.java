package org.rectify.report;

import java.util.List;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;
import org.springframework.web.util.HtmlUtils;

/** Renders a summary as one self-contained HTML page; every text is escaped. */
final class SummaryHtml {

    private SummaryHtml() {
    }

    static String write(Summary summary, Lang lang) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(lang == Lang.ZH ? "zh-CN" : "en").append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(summary.title())).append("</title>\n<style>table{border-collapse:collapse;margin:.5em 0}"
                        + "td,th{border:1px solid #999;padding:.2em .6em}.placeholder{background:#ff0}</style>"
                        + "</head>\n<body>\n<h1>").append(esc(summary.title())).append("</h1>\n");
        for (Section section : summary.sections()) {
            html.append("<h2>").append(esc(section.heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                if (block instanceof Text text) {
                    html.append("<p>").append(esc(text.text())).append("</p>\n");
                } else if (block instanceof Placeholder p) {
                    html.append("<p class=\"placeholder\" contenteditable=\"true\">").append(esc(p.text()))
                            .append("</p>\n");
                } else if (block instanceof Table table) {
                    table(html, table);
                }
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table>\n<caption>").append(esc(table.caption())).append("</caption>\n");
        row(html, "th", table.header());
        table.rows().forEach(row -> row(html, "td", row));
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, String cell, List<String> cells) {
        html.append("<tr>");
        cells.forEach(c -> html.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append('>'));
        html.append("</tr>\n");
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
