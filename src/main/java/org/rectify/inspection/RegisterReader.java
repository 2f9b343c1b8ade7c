package org.rectify.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.inspection.RegisterRows.EquipmentRow;
import org.rectify.inspection.RegisterRows.UnitRow;
import org.rectify.shared.Workbooks;

/**
 * Reads a register workbook (units on the first sheet, their equipment on the second). It never stops
 * at the first problem: the result lists every bad cell of both sheets, so the user fixes the file in
 * one go. Codes already in the register count as taken.
 */
final class RegisterReader {

    record Register(List<UnitRow> units, List<EquipmentRow> equipment, List<RegisterError> errors) {
    }

    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> DATES = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日")
            .stream().map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

    private final long maxBytes;
    private final int maxRows;

    RegisterReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /**
     * @param unitInRegister whether a credit code is a unit of the register already
     * @param registeredEquipment whether a registration number is taken already
     */
    Register read(byte[] file, Predicate<String> unitInRegister, Predicate<String> registeredEquipment) {
        String refusal = Workbooks.refusal(file, maxBytes);
        if (refusal != null) {
            return refused(new RegisterError(null, null, null, refusal));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() < 2) {
                return refused(new RegisterError(null, null, null, "名录应有两个工作表 The register needs two sheets:"
                        + " '" + RegisterSheet.UNITS.title() + "' and '" + RegisterSheet.EQUIPMENT.title()
                        + "'; download the template for the format"));
            }
            List<RegisterError> errors = new ArrayList<>();
            List<UnitRow> units = units(workbook.getSheetAt(0), unitInRegister, errors);
            Map<String, Boolean> codes = new HashMap<>();
            units.forEach(u -> codes.put(u.creditCode(), true));
            List<EquipmentRow> equipment = equipment(workbook.getSheetAt(1),
                    code -> codes.containsKey(code) || unitInRegister.test(code), registeredEquipment, errors);
            if (units.isEmpty() && equipment.isEmpty() && errors.isEmpty()) {
                errors.add(new RegisterError(null, null, null, "名录中没有单位或设备 The register lists no unit and no"
                        + " equipment below its header rows"));
            }
            return new Register(units, equipment, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException notAWorkbook) {
            return refused(new RegisterError(null, null, null, "不是 Excel 工作簿 The file is not an Excel .xlsx"
                    + " workbook (" + notAWorkbook.getClass().getSimpleName() + ")"));
        }
    }

    private static Register refused(RegisterError error) {
        return new Register(List.of(), List.of(), List.of(error));
    }

    private List<UnitRow> units(Sheet sheet, Predicate<String> inRegister, List<RegisterError> errors) {
        Map<String, Integer> rowOfCode = new HashMap<>();
        List<UnitRow> rows = new ArrayList<>();
        for (Cells cells : rows(sheet, RegisterSheet.UNITS, errors)) {
            String code = cells.text(1);
            if (code != null) {
                String normal = UnifiedSocialCreditCode.normalize(code);
                if (!UnifiedSocialCreditCode.isValid(normal)) {
                    cells.error(1, "统一社会信用代码无效 Not a valid unified social credit code: " + code);
                } else if (rowOfCode.putIfAbsent(normal, cells.rowNumber()) != null) {
                    cells.error(1, "信用代码重复 Duplicate credit code " + normal + ": row " + rowOfCode.get(normal)
                            + " has it already");
                } else if (inRegister.test(normal)) {
                    cells.error(1, "单位已在名录中 The unit " + normal + " is in the register already");
                }
                code = normal;
            }
            PlaceKind kind = cells.choice(2, PlaceKind::parse, "场所类型 kind of place", PlaceKind.values());
            RiskLevel risk = cells.choice(3, RiskLevel::parse, "风险等级 risk (高/中/低)", RiskLevel.values());
            UnitRow row = new UnitRow(cells.text(0), code, kind, risk, cells.text(4), cells.text(5), cells.text(6),
                    cells.text(7));
            if (cells.valid()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private List<EquipmentRow> equipment(Sheet sheet, Predicate<String> unitKnown, Predicate<String> registered,
                                         List<RegisterError> errors) {
        Map<String, Integer> rowOfNumber = new HashMap<>();
        List<EquipmentRow> rows = new ArrayList<>();
        for (Cells cells : rows(sheet, RegisterSheet.EQUIPMENT, errors)) {
            String unit = cells.text(0);
            if (unit != null) {
                unit = UnifiedSocialCreditCode.normalize(unit);
                if (!unitKnown.test(unit)) {
                    cells.error(0, "无此使用单位 No unit " + unit + " in this file's first sheet or in the register");
                }
            }
            String number = cells.text(3);
            if (number != null && rowOfNumber.putIfAbsent(number, cells.rowNumber()) != null) {
                cells.error(3, "登记证编号重复 Duplicate registration number: row " + rowOfNumber.get(number)
                        + " has it already");
            } else if (number != null && registered.test(number)) {
                cells.error(3, "设备已登记 The registration number " + number + " is in the register already");
            }
            EquipmentKind kind = cells.choice(1, EquipmentKind::parse, "设备种类 kind (特种设备目录)",
                    EquipmentKind.values());
            LocalDate last = cells.date(4);
            LocalDate next = cells.date(5);
            if (last != null && next != null && next.isBefore(last)) {
                cells.error(5, "下次检验日期早于上次检验日期 The next inspection is due before the last one");
            }
            EquipmentRow row = new EquipmentRow(unit, kind, cells.text(2), number, last, next, cells.text(6));
            if (cells.valid()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The non-blank rows below the header, after checking that the header is the template's. */
    private List<Cells> rows(Sheet sheet, RegisterSheet kind, List<RegisterError> errors) {
        Row header = sheet.getRow(0);
        List<RegisterSheet.Column> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header == null ? null : header.getCell(c);
            String text = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().trim();
            if (!text.equals(columns.get(c).header())) {
                errors.add(new RegisterError(kind.title(), 1, columns.get(c).header(), "表头不符 Column "
                        + (char) ('A' + c) + " of the header row should read '" + columns.get(c).header() + "', found '"
                        + text + "'; download the template for the format"));
                return List.of();
            }
        }
        if (sheet.getLastRowNum() > maxRows) {
            errors.add(new RegisterError(kind.title(), null, null, "行数过多 The sheet has " + sheet.getLastRowNum()
                    + " rows; at most " + maxRows + " are accepted"));
            return List.of();
        }
        List<Cells> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Cells cells = new Cells(sheet.getRow(r), r + 1, kind, errors);
            if (!cells.blank()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** One row's cells, read with the errors each adds to the register's list. */
    private static final class Cells {

        private final Row row;
        private final int rowNumber;
        private final RegisterSheet sheet;
        private final List<RegisterError> errors;
        private final int before;

        Cells(Row row, int rowNumber, RegisterSheet sheet, List<RegisterError> errors) {
            this.row = row;
            this.rowNumber = rowNumber;
            this.sheet = sheet;
            this.errors = errors;
            this.before = errors.size();
        }

        int rowNumber() {
            return rowNumber;
        }

        boolean blank() {
            if (row == null) {
                return true;
            }
            for (int c = 0; c < sheet.columns().size(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && !SHOWN.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        boolean valid() {
            return errors.size() == before;
        }

        void error(int column, String reason) {
            errors.add(new RegisterError(sheet.title(), rowNumber, sheet.columns().get(column).header(), reason));
        }

        String text(int column) {
            RegisterSheet.Column spec = sheet.columns().get(column);
            Cell cell = row.getCell(column);
            String text = cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? null : SHOWN.formatCellValue(cell)
                    .trim();
            if (text == null) {
                error(column, "应为文本，实为数字 " + SHOWN.formatCellValue(cell) + " A number where text is expected;"
                        + " Excel may have changed it: set the column to 文本 Text and type it again");
                return null;
            }
            if (text.isEmpty()) {
                if (spec.required()) {
                    error(column, "必填 Required: " + spec.header().replace(" *", "") + " is missing");
                }
                return null;
            }
            if (text.length() > spec.maxLength()) {
                error(column, "超过" + spec.maxLength() + "字 Longer than " + spec.maxLength() + " characters ("
                        + text.length() + ")");
                return null;
            }
            return text;
        }

        <E> E choice(int column, java.util.function.Function<String, java.util.Optional<E>> parse, String what, E[] all) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            return parse.apply(text).orElseGet(() -> {
                error(column, "无此" + what + " Unknown value '" + text + "'; one of " + java.util.Arrays.stream(all)
                        .map(Object::toString).toList());
                return null;
            });
        }

        LocalDate date(int column) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
                error(column, "应为日期 A date is expected (e.g. 2026-03-01), found " + SHOWN.formatCellValue(cell));
                return null;
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(text, format);
                } catch (DateTimeParseException next) {
                    // try the next way of writing a date
                }
            }
            error(column, "应为日期 A date is expected (e.g. 2026-03-01), found '" + text + "'");
            return null;
        }
    }
}
