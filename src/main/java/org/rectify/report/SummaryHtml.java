package org.rectify.report;

import java.util.List;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Subheading;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a summary as one self-contained HTML page with the structure of the Word document: the
 * title (h1), headings 一、 (h2) and （一） (h3), paragraphs indented two characters and tables with
 * captions, in the same fonts on a page as wide as the document's type area. Every text is escaped.
 */
final class SummaryHtml {

    private static final String STYLE = """
            body{margin:2em auto;padding:0 1em;max-width:156mm;font:16pt/28.95pt "Times New Roman","仿宋_GB2312",\
            "仿宋",FangSong,STFangsong,serif;text-align:justify}
            h1{font:22pt/1.6 "方正小标宋简体","FZXiaoBiaoSong-B05S","宋体",SimSun,"Noto Serif CJK SC",serif;\
            text-align:center;margin:0 0 28.95pt}
            h2{font:16pt/28.95pt "黑体",SimHei,"Noto Sans CJK SC",sans-serif;margin:0;text-indent:2em}
            h3{font:16pt/28.95pt "楷体_GB2312","楷体",KaiTi,STKaiti,"AR PL UKai CN",serif;margin:0;text-indent:2em}
            p{margin:0;text-indent:2em}
            table{border-collapse:collapse;margin:0 auto .5em;font-size:14pt;line-height:1.4;width:100%}
            caption{font-family:"黑体",SimHei,sans-serif;font-size:14pt;padding:.3em 0}
            td,th{border:1px solid #000;padding:.1em .4em;text-align:center}
            td:first-child{text-align:left}
            .placeholder{background:#ff0}""";

    private SummaryHtml() {
    }

    static String write(Summary summary, Lang lang) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(lang == Lang.ZH ? "zh-CN" : "en").append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(summary.title())).append("</title>\n<style>\n").append(STYLE).append("\n</style>")
                .append("</head>\n<body>\n<h1>").append(esc(summary.title())).append("</h1>\n");
        summary.opening().forEach(block -> block(html, block));
        for (Section section : summary.sections()) {
            html.append("<h2>").append(esc(section.heading())).append("</h2>\n");
            section.blocks().forEach(block -> block(html, block));
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder html, Block block) {
        if (block instanceof Subheading subheading) {
            html.append("<h3>").append(esc(subheading.text())).append("</h3>\n");
        } else if (block instanceof Text text) {
            html.append("<p>").append(esc(text.text())).append("</p>\n");
        } else if (block instanceof Placeholder p) {
            html.append("<p class=\"placeholder\" contenteditable=\"true\">").append(esc(p.text())).append("</p>\n");
        } else if (block instanceof Table table) {
            table(html, table);
        }
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
