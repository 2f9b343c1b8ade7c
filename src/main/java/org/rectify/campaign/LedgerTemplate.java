package org.rectify.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.RevenueBand;

/**
 * The empty ledger users fill in: bilingual headers, text-formatted text columns (so Excel
 * leaves credit codes and phone numbers alone), drop-downs for the coded columns, and a sheet
 * explaining every column.
 */
final class LedgerTemplate {

    static final String LEDGER_SHEET = "台账 Ledger";
    static final String HELP_SHEET = "填写说明 Instructions";
    private static final int PREPARED_ROWS = 2000;

    private LedgerTemplate() {
    }

    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ledger(workbook);
            help(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ledger(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(LEDGER_SHEET);
        CellStyle header = headerStyle(workbook);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Row row = sheet.createRow(0);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (RosterColumn column : RosterColumn.values()) {
            int index = column.ordinal();
            row.createCell(index).setCellValue(column.header());
            row.getCell(index).setCellStyle(header);
            sheet.setColumnWidth(index, Math.max(14, column.header().length() + 6) * 256);
            switch (column.kind()) {
                case TEXT -> sheet.setDefaultColumnStyle(index, text);
                case DATE -> sheet.setDefaultColumnStyle(index, date);
                default -> { }
            }
            String[] choices = choices(column);
            if (choices != null) {
                var validation = validations.createValidation(validations.createExplicitListConstraint(choices),
                        new CellRangeAddressList(1, PREPARED_ROWS, index, index));
                validation.setShowErrorBox(false);
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(2, 1);
    }

    private static void help(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(HELP_SHEET);
        CellStyle header = headerStyle(workbook);
        String[] titles = {"列 Column", "必填 Required", "填写要求 How to fill it in"};
        Row top = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            top.createCell(i).setCellValue(titles[i]);
            top.getCell(i).setCellStyle(header);
        }
        for (RosterColumn column : RosterColumn.values()) {
            Row row = sheet.createRow(column.ordinal() + 1);
            row.createCell(0).setCellValue(column.header().replace(" *", ""));
            row.createCell(1).setCellValue(column.required() ? "是 Yes" : "否 No");
            row.createCell(2).setCellValue(howTo(column));
        }
        int last = RosterColumn.values().length + 2;
        sheet.createRow(last).createCell(0).setCellValue("每行一家企业；第1行为表头，请勿修改。整份台账校验通过才导入，"
                + "有错误时不导入任何一行，并列出每处错误的行号、列和原因。重复导入同一台账只更新有变化的企业。");
        sheet.createRow(last + 1).createCell(0).setCellValue("One enterprise per row; row 1 is the header, keep it."
                + " The ledger is imported only when every row is valid; otherwise nothing is imported and every"
                + " problem is listed with its row, column and reason. Importing the same ledger again only updates"
                + " the enterprises that changed.");
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 90 * 256);
    }

    private static String howTo(RosterColumn column) {
        if (column == RosterColumn.CREDIT_CODE) {
            return "18位统一社会信用代码，须通过校验位检查 The 18-character code; its check character must be right";
        }
        return switch (column.kind()) {
            case TEXT -> "文本，不超过" + column.maxLength() + "字 Text, at most " + column.maxLength() + " characters";
            case INTEGER -> "非负整数 A whole number, 0 or more";
            case DECIMAL -> "数字，保留两位小数 A number; two decimals are kept";
            case DATE -> "日期，如 2009-03-01 A date such as 2009-03-01";
            case YES_NO -> "是 / 否 Yes / No";
            case REVENUE_BAND, BUSINESS_TYPE -> "从下拉列表选择 Choose from the list: " + String.join(" / ", choices(column));
        };
    }

    private static String[] choices(RosterColumn column) {
        return switch (column.kind()) {
            case REVENUE_BAND -> Arrays.stream(RevenueBand.values()).map(b -> chinese(b.displayName())).toArray(String[]::new);
            case BUSINESS_TYPE -> Arrays.stream(BusinessType.values()).map(t -> chinese(t.displayName())).toArray(String[]::new);
            case YES_NO -> new String[] {"是", "否"};
            default -> null;
        };
    }

    private static String chinese(String displayName) {
        return displayName.substring(0, displayName.indexOf(' '));
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }
}
