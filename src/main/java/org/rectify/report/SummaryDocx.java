package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;

/** Renders a summary as .docx: one heading per section, its text and tables, placeholders highlighted. */
final class SummaryDocx {

    private SummaryDocx() {
    }

    static byte[] write(Summary summary) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, summary.title(), true, 16);
            for (Section section : summary.sections()) {
                run(doc.createParagraph(), section.heading(), true, 14);
                for (Block block : section.blocks()) {
                    if (block instanceof Text text) {
                        run(doc.createParagraph(), text.text(), false, 12);
                    } else if (block instanceof Placeholder placeholder) {
                        run(doc.createParagraph(), placeholder.text(), false, 12).setTextHighlightColor("yellow");
                    } else if (block instanceof Table table) {
                        table(doc, table);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        run(doc.createParagraph(), table.caption(), true, 12);
        XWPFTable grid = doc.createTable(table.rows().size() + 1, table.header().size());
        fill(grid.getRow(0), table.header());
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i));
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.getCell(i).setText(cells.get(i));
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        return run;
    }
}
