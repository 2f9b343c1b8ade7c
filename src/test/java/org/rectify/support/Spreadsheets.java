package org.rectify.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an exported .xlsx back the way a user opening it in Excel would see its first sheet. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** the first sheet's rows as text, each padded or cut to width cells ("" for an empty cell) */
    public static List<List<String>> rows(byte[] xlsx, int width) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
