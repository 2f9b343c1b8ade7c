package org.rectify.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The empty register to fill in: both sheets with their headers, every column formatted as text. */
final class RegisterTemplate {

    private RegisterTemplate() {
    }

    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (RegisterSheet kind : RegisterSheet.values()) {
                XSSFSheet sheet = workbook.createSheet(kind.title());
                Row header = sheet.createRow(0);
                for (int c = 0; c < kind.columns().size(); c++) {
                    header.createCell(c).setCellValue(kind.columns().get(c).header());
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, 28 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
