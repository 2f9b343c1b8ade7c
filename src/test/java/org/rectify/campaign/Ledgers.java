package org.rectify.campaign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.enterprise.EnterpriseDetails;

/** Real .xlsx ledgers built in the test, filled in as a town office fills in the template. */
public final class Ledgers {

    private Ledgers() {
    }

    public static byte[] of(List<EnterpriseDetails> rows) {
        return of(rows, sheet -> { });
    }

    /** edit changes the sheet after the rows are written, e.g. to spoil one cell */
    static byte[] of(List<EnterpriseDetails> rows, Consumer<Sheet> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (RosterColumn column : RosterColumn.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header());
            }
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i), date);
            }
            edit.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of an Excel row number (row 1 is the header) and column. */
    static Cell cell(Sheet sheet, int excelRow, RosterColumn column) {
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        return row.getCell(column.ordinal()) == null ? row.createCell(column.ordinal()) : row.getCell(column.ordinal());
    }

    private static void write(Row row, EnterpriseDetails d, CellStyle dateStyle) {
        text(row, RosterColumn.CREDIT_CODE, d.creditCode());
        text(row, RosterColumn.NAME, d.name());
        text(row, RosterColumn.BUSINESS_TYPE, chinese(d.businessType().displayName()));
        text(row, RosterColumn.TOWNSHIP, d.township());
        text(row, RosterColumn.VILLAGE, d.village());
        text(row, RosterColumn.ADDRESS, d.address());
        text(row, RosterColumn.LEGAL_REPRESENTATIVE, d.legalRepresentative());
        text(row, RosterColumn.CONTACT_PHONE, d.contactPhone());
        text(row, RosterColumn.INDUSTRY_CATEGORY, d.industryCategory());
        text(row, RosterColumn.PRODUCTS, d.products());
        text(row, RosterColumn.REVENUE_BAND, d.revenueBand() == null ? null : chinese(d.revenueBand().displayName()));
        text(row, RosterColumn.ABOVE_SCALE, d.aboveScale() ? "是" : "否");
        if (d.employees() != null) {
            row.createCell(RosterColumn.EMPLOYEES.ordinal()).setCellValue(d.employees());
        }
        if (d.siteAreaMu() != null) {
            row.createCell(RosterColumn.SITE_AREA_MU.ordinal()).setCellValue(d.siteAreaMu().doubleValue());
        }
        date(row, RosterColumn.EIA_APPROVAL_DATE, d.eiaApprovalDate(), dateStyle);
        date(row, RosterColumn.SAFETY_APPROVAL_DATE, d.safetyApprovalDate(), dateStyle);
        if (d.annualSales() != null) {
            row.createCell(RosterColumn.ANNUAL_SALES.ordinal()).setCellValue(d.annualSales().doubleValue());
        }
    }

    private static void text(Row row, RosterColumn column, String value) {
        if (value != null) {
            row.createCell(column.ordinal()).setCellValue(value);
        }
    }

    private static void date(Row row, RosterColumn column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static String chinese(String displayName) {
        return displayName.substring(0, displayName.indexOf(' '));
    }
}
