package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.rectify.report.Summary.Block;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Subheading;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;

/**
 * Renders a summary as a .docx laid out as GB/T 9704-2012 lays out a government document: A4 with
 * the standard's margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), a line grid of 22
 * lines in the type area, the title in 小标宋 二号, the body in 仿宋 三号, headings 一、 in 黑体
 * and （一） in 楷体 as the styles "heading 1" and "heading 2", page numbers "— 1 —" in 宋体 四号
 * outside on odd and even pages. Everything is in named styles (word/styles.xml), so that Word, WPS
 * and LibreOffice show an outline and the document can be edited as any other.
 */
final class SummaryDocx {

    /** A4 in twentieths of a point */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = 2098;
    static final int MARGIN_BOTTOM = 1984;
    static final int MARGIN_LEFT = 1588;
    static final int MARGIN_RIGHT = 1474;
    /** the type area: 156 mm wide, 225 mm high */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** 225 mm over 22 lines */
    static final int LINE_PITCH = 579;
    /*
     * No character grid: Word squeezes 28 characters into a line with charSpace -849, but LibreOffice
     * reads that grid as two cells a character and sets 14; without it both set 27 characters of
     * 16 pt on the 156 mm line.
     */
    /** the page number's baseline about 7 mm below the type area */
    static final int FOOTER_DISTANCE = 1304;

    static final String BODY_FONT = "仿宋_GB2312";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_1_FONT = "黑体";
    static final String HEADING_2_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";

    private SummaryDocx() {
    }

    static byte[] write(Summary summary) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
            fontTable(doc);
            doc.getProperties().getCoreProperties().setTitle(summary.title());
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(summary.title());
            summary.opening().forEach(block -> block(doc, block));
            for (Section section : summary.sections()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setStyle("Heading1");
                heading.createRun().setText(section.heading());
                section.blocks().forEach(block -> block(doc, block));
            }
            page(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException | InvalidFormatException e) {
            throw new IllegalStateException("the summary's styles do not parse", e);
        }
    }

    private static void block(XWPFDocument doc, Block block) {
        if (block instanceof Subheading subheading) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading2");
            heading.createRun().setText(subheading.text());
        } else if (block instanceof Text text) {
            doc.createParagraph().createRun().setText(text.text());
        } else if (block instanceof Placeholder placeholder) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setText(placeholder.text());
            run.setTextHighlightColor("yellow");
        } else if (block instanceof Table table) {
            table(doc, table);
        }
    }

    /** a caption, then a table on the type area's width with its grid, the header row repeated on each page */
    private static void table(XWPFDocument doc, Table table) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle("Caption");
        caption.createRun().setText(table.caption());
        int columns = table.header().size();
        int[] widths = widths(table.header(), table.rows());
        XWPFTable grid = doc.createTable(table.rows().size() + 1, columns);
        CTTbl ct = grid.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (pr.getTblStyle() == null ? pr.addNewTblStyle() : pr.getTblStyle()).setVal("TableGrid");
        (pr.getTblW() == null ? pr.addNewTblW() : pr.getTblW()).setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(TEXT_WIDTH));
        (pr.getJc() == null ? pr.addNewJc() : pr.getJc()).setVal(STJcTable.CENTER);
        (pr.getTblLayout() == null ? pr.addNewTblLayout() : pr.getTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.getTblBorders() != null) {
            pr.unsetTblBorders();
        }
        CTTblGrid tblGrid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int width : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        fill(grid.getRow(0), table.header(), widths, true);
        grid.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), widths, false);
        }
    }

    /**
     * Column widths on the type area's width in proportion to the longest text of each column (a
     * Chinese character counting two Latin ones) and a character more, between 4 and 16 characters, so that a period
     * such as 2026年3月至2027年2月 keeps to one line where the numbers need little room.
     */
    static int[] widths(List<String> header, List<List<String>> rows) {
        int columns = header.size();
        int[] weight = new int[columns];
        for (int i = 0; i < columns; i++) {
            int longest = length(header.get(i)) / 2;
            for (List<String> row : rows) {
                longest = Math.max(longest, length(row.get(i)));
            }
            // a character's room on each side for the cell's margins
            weight[i] = Math.max(8, Math.min(32, longest + 2));
        }
        int total = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[columns];
        int used = 0;
        for (int i = 1; i < columns; i++) {
            widths[i] = TEXT_WIDTH * weight[i] / total;
            used += widths[i];
        }
        widths[0] = TEXT_WIDTH - used;
        return widths;
    }

    /** in half characters: two for a Chinese character, one for a Latin letter or digit */
    private static int length(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            cell.setWidth(String.valueOf(widths[i]));
            cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setStyle("TableText");
            if (i == 0 && !header) {
                paragraph.setAlignment(ParagraphAlignment.LEFT);
            }
            XWPFRun run = paragraph.createRun();
            run.setText(cells.get(i));
            run.setBold(header);
        }
    }

    /** A4, the standard's margins and line grid, page numbers outside on odd and even pages */
    private static void page(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** "— 7 —", one character in from the outer edge */
    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setStyle("Footer");
        paragraph.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(280);
        } else {
            paragraph.setIndentationLeft(280);
        }
        paragraph.createRun().setText("— ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        paragraph.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        paragraph.createRun().setText(" —");
    }

    /**
     * The font table names the fonts with the ones Windows ships under other names (仿宋 for
     * 仿宋_GB2312, 楷体 for 楷体_GB2312), so that a machine without the GB2312 fonts substitutes well.
     */
    private static void fontTable(XWPFDocument doc) throws InvalidFormatException, IOException {
        PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
        PackagePart part = doc.getPackage().createPart(name,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        try (OutputStream out = part.getOutputStream()) {
            out.write(("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    %s%s%s%s%s%s</w:fonts>""".formatted(
                    font(BODY_FONT, "仿宋", "modern", "02010609060101010101"),
                    font(TITLE_FONT, "宋体", "script", "02000000000000000000"),
                    font(HEADING_1_FONT, "SimHei", "modern", "02010609060101010101"),
                    font(HEADING_2_FONT, "楷体", "modern", "02010609060101010101"),
                    font(PAGE_NUMBER_FONT, "SimSun", "auto", "02010600030101010101"),
                    "<w:font w:name=\"" + LATIN_FONT + "\"><w:panose1 w:val=\"02020603050405020304\"/>"
                            + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
    }

    private static String font(String name, String altName, String family, String panose) {
        return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + altName + "\"/><w:panose1 w:val=\"" + panose
                + "\"/><w:charset w:val=\"86\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\"fixed\"/></w:font>";
    }

    /** word/styles.xml: the defaults, the paragraph styles of the standard and the table grid */
    private static String styles() {
        String body = fonts(BODY_FONT);
        return """
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:docDefaults>
                    <w:rPrDefault><w:rPr>%1$s<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>
                      <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
                    <w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
                  </w:docDefaults>
                  <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                    <w:name w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:spacing w:line="%2$d" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>
                    <w:rPr>%1$s<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Title">
                    <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:spacing w:after="%2$d" w:line="%3$d" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/>
                      <w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr>
                    <w:rPr>%4$s<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Heading1">
                    <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr>
                    <w:rPr>%5$s<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Heading2">
                    <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr>
                    <w:rPr>%6$s<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Caption">
                    <w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:keepNext/><w:spacing w:before="120" w:line="%2$d" w:lineRule="exact"/>
                      <w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
                    <w:rPr>%5$s<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText">
                    <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
                    <w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>
                      <w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>
                    <w:rPr>%1$s<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
                  </w:style>
                  <w:style w:type="paragraph" w:styleId="Footer">
                    <w:name w:val="footer"/><w:basedOn w:val="Normal"/>
                    <w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>
                      <w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>
                    <w:rPr>%7$s<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
                  </w:style>
                  <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                    <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>
                    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
                      <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
                      </w:tblCellMar></w:tblPr>
                  </w:style>
                  <w:style w:type="table" w:styleId="TableGrid">
                    <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                    <w:tblPr><w:tblBorders>
                      <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                    </w:tblBorders></w:tblPr>
                  </w:style>
                </w:styles>""".formatted(body, LINE_PITCH, 760, fonts(TITLE_FONT), fonts(HEADING_1_FONT),
                fonts(HEADING_2_FONT), "<w:rFonts w:ascii=\"" + PAGE_NUMBER_FONT + "\" w:hAnsi=\""
                + PAGE_NUMBER_FONT + "\" w:eastAsia=\"" + PAGE_NUMBER_FONT + "\" w:cs=\"" + PAGE_NUMBER_FONT + "\"/>");
    }

    /** Latin text in Times New Roman, Chinese in the named font */
    private static String fonts(String eastAsia) {
        return "<w:rFonts w:ascii=\"" + LATIN_FONT + "\" w:hAnsi=\"" + LATIN_FONT + "\" w:eastAsia=\"" + eastAsia
                + "\" w:cs=\"" + LATIN_FONT + "\"/>";
    }
}
