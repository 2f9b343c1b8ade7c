package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Subheading;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;

/**
 * The Word summary read back with POI as Word, WPS or LibreOffice read it: GB/T 9704-2012 page
 * setup, the styles of title, body and headings, table grids and page numbers.
 */
class SummaryDocxTest {

    static final Summary SUMMARY = new Summary("新桥镇化工企业专项整治工作总结", List.of(new Text("开头。")),
            List.of(new Section("一、基本情况", List.of(new Subheading("（一）调查摸底"), new Text("正文。"),
                            new Table("按营业收入", List.of("按营业收入", "企业数", "占比"),
                                    List.of(List.of("500万元以上", "40", "34.2%"), List.of("200万元以下", "55", "47%"))))),
                    new Section("五、下一步工作", List.of(new Placeholder("【待领导小组填写】")))));

    @Test
    void thePageIsA4WithTheStandardsMarginsAndLineGrid() throws Exception {
        try (XWPFDocument doc = read(SummaryDocx.write(SUMMARY))) {
            CTSectPr page = doc.getDocument().getBody().getSectPr();

            // 210 x 297 mm; margins 37 / 35 / 28 / 26 mm in twentieths of a point (1 mm = 56.7)
            assertThat(page.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(page.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(List.of(page.getPgMar().getTop(), page.getPgMar().getBottom(), page.getPgMar().getLeft(),
                    page.getPgMar().getRight())).containsExactly(BigInteger.valueOf(2098), BigInteger.valueOf(1984),
                    BigInteger.valueOf(1588), BigInteger.valueOf(1474));
            // 22 lines in the 225 mm type area: 12756 / 22 = 579.8
            assertThat(page.getDocGrid().getType()).isEqualTo(STDocGrid.LINES);
            assertThat(page.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(579));
        }
    }

    @Test
    void titleBodyAndHeadingsAreNamedStylesInTheStandardsFontsAndSizes() throws Exception {
        try (XWPFDocument doc = read(SummaryDocx.write(SUMMARY))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();

            assertThat(paragraphs.get(0).getText()).isEqualTo("新桥镇化工企业专项整治工作总结");
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("一、基本情况", "五、下一步工作");
            assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("（一）调查摸底");
            // 小标宋 二号 (22 pt), 黑体 and 楷体 三号 (16 pt), body 仿宋 三号; sizes in half points
            assertStyle(doc, "Title", "Title", "方正小标宋简体", 44);
            assertStyle(doc, "Heading1", "heading 1", "黑体", 32);
            assertStyle(doc, "Heading2", "heading 2", "楷体_GB2312", 32);
            assertStyle(doc, "Normal", "Normal", "仿宋_GB2312", 32);
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ZERO);
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ONE);
            // the body: first line indented two characters, on the grid's 28.95 pt
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getInd().getFirstLineChars())
                    .isEqualTo(BigInteger.valueOf(200));
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing().getLine())
                    .isEqualTo(BigInteger.valueOf(579));
            assertThat(paragraphs.stream().filter(p -> p.getText().startsWith("【")).findFirst().orElseThrow()
                    .getRuns().get(0).getTextHighlightColor().toString()).isEqualTo("yellow");
        }
    }

    @Test
    void tablesHaveAGridOnTheTypeAreasWidthAndARepeatedHeader() throws Exception {
        try (XWPFDocument doc = read(SummaryDocx.write(SUMMARY))) {
            XWPFTable table = doc.getTables().get(0);

            // 156 mm = 8844 twips shared by the columns' longest texts in half characters, each with one
            // character more, at least 8: 500万元以上 (11 + 2), 企业数 (3 + 2, so 8), 34.2% (5 + 2, so 8):
            // 13 : 8 : 8 of 8844, so 2439 for each number column
            assertThat(table.getCTTbl().getTblGrid().getGridColList()).extracting(c -> ((BigInteger) c.getW()).intValue())
                    .containsExactly(8844 - 2 * 2439, 2439, 2439);
            assertThat(table.getStyleID()).isEqualTo("TableGrid");
            String styles;
            try (var in = doc.getStyles().getPackagePart().getInputStream()) {
                styles = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(styles).contains("w:styleId=\"TableGrid\"", "<w:insideH w:val=\"single\"");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("500万元以上");
            assertThat(table.getRow(2).getCell(2).getText()).isEqualTo("47%");
        }
    }

    @Test
    void pageNumbersReadEmDashNumberEmDashOutsideOnOddAndEvenPages() throws Exception {
        try (XWPFDocument doc = read(SummaryDocx.write(SUMMARY))) {
            XWPFFooter odd = doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = doc.getHeaderFooterPolicy().getEvenPageFooter();

            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            assertThat(odd.getText().trim()).isEqualTo("— 1 —");
            assertThat(odd.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            assertThat(odd.getParagraphs().get(0).getAlignment().name()).isEqualTo("RIGHT");
            assertThat(even.getParagraphs().get(0).getAlignment().name()).isEqualTo("LEFT");
            assertStyle(doc, "Footer", "footer", "宋体", 28);
        }
    }

    private static void assertStyle(XWPFDocument doc, String id, String name, String eastAsiaFont, int halfPoints) {
        XWPFStyle style = doc.getStyles().getStyle(id);
        assertThat(style).as(id).isNotNull();
        assertThat(style.getName()).isEqualTo(name);
        CTRPr run = style.getCTStyle().getRPr();
        assertThat(run.getRFontsArray(0).getEastAsia()).as(id).isEqualTo(eastAsiaFont);
        assertThat(((BigInteger) run.getSzArray(0).getVal()).intValue()).as(id).isEqualTo(halfPoints);
    }

    private static XWPFDocument read(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
