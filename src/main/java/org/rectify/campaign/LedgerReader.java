package org.rectify.campaign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.shared.Workbooks;

/**
 * Reads the first sheet of a ledger workbook into enterprise details. It never stops at the
 * first problem: the result lists every bad cell, so the user fixes the file in one go.
 */
final class LedgerReader {

    record LedgerRow(int row, EnterpriseDetails details) {
    }

    record Ledger(List<LedgerRow> rows, List<RowError> errors) {
    }

    private final long maxBytes;
    private final int maxRows;
    private final Validator validator;

    LedgerReader(long maxBytes, int maxRows, Validator validator) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.validator = validator;
    }

    Ledger read(byte[] file) {
        String refusal = Workbooks.refusal(file, maxBytes);
        if (refusal != null) {
            return new Ledger(List.of(), List.of(RowError.ofFile(refusal)));
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (Exception notAWorkbook) {
            return new Ledger(List.of(), List.of(RowError.ofFile("不是 Excel 工作簿 The file is not an Excel .xlsx"
                    + " workbook (" + notAWorkbook.getClass().getSimpleName() + ")")));
        }
        try (workbook) {
            return read(workbook.getSheetAt(0));
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }

    private Ledger read(Sheet sheet) {
        List<RowError> errors = new ArrayList<>();
        Map<RosterColumn, Integer> columns = columns(sheet.getRow(0), errors);
        if (!errors.isEmpty()) {
            return new Ledger(List.of(), errors);
        }
        if (sheet.getLastRowNum() > maxRows) {
            return new Ledger(List.of(), List.of(RowError.ofFile("行数过多 The ledger has " + sheet.getLastRowNum()
                    + " rows; at most " + maxRows + " are accepted per file")));
        }
        List<LedgerRow> rows = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (isBlank(row, columns)) {
                continue;
            }
            EnterpriseDetails details = details(row, columns, rowOfCode, errors);
            if (details != null) {
                rows.add(new LedgerRow(r + 1, details));
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(RowError.ofFile("台账中没有企业 The ledger lists no enterprise below its header row"));
        }
        return new Ledger(rows, errors);
    }

    private static Map<RosterColumn, Integer> columns(Row header, List<RowError> errors) {
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        if (header != null) {
            for (Cell cell : header) {
                String text = cell.getCellType() == CellType.STRING
                        ? cell.getStringCellValue() : "";
                RosterColumn.byHeader(text).ifPresent(column -> {
                    Integer earlier = columns.putIfAbsent(column, cell.getColumnIndex());
                    if (earlier != null) {
                        errors.add(error(0, cell.getColumnIndex(), column, "列重复 The column appears twice: also "
                                + CellReference.convertNumToColString(earlier)));
                    }
                });
            }
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                errors.add(new RowError(1, null, column.header(), "缺少必填列 The header row (row 1) lacks the"
                        + " required column '" + column.header() + "'; download the template for the format"));
            }
        }
        return columns;
    }

    private static boolean isBlank(Row row, Map<RosterColumn, Integer> columns) {
        if (row == null) {
            return true;
        }
        return columns.values().stream().map(row::getCell).allMatch(cell -> cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().isBlank()));
    }

    /** The row's details, or null after adding its problems to errors. */
    private EnterpriseDetails details(Row row, Map<RosterColumn, Integer> columns, Map<String, Integer> rowOfCode,
                                      List<RowError> errors) {
        int before = errors.size();
        Map<RosterColumn, Object> values = new EnumMap<>(RosterColumn.class);
        for (Map.Entry<RosterColumn, Integer> column : columns.entrySet()) {
            try {
                Object value = LedgerCells.read(row.getCell(column.getValue()), column.getKey());
                if (value == null && column.getKey().required()) {
                    throw new IllegalArgumentException("必填 Required: " + column.getKey().header().replace(" *", "")
                            + " is missing");
                }
                if (column.getKey() == RosterColumn.CREDIT_CODE && value != null) {
                    value = UnifiedSocialCreditCode.normalize((String) value);
                    // the first row with a code keeps it, whatever else is wrong with that row
                    Integer first = rowOfCode.putIfAbsent((String) value, row.getRowNum() + 1);
                    if (first != null) {
                        throw new IllegalArgumentException("统一社会信用代码重复 Duplicate unified social credit code "
                                + value + ": row " + first + " has it already");
                    }
                }
                if (value != null) {
                    values.put(column.getKey(), value);
                }
            } catch (IllegalArgumentException bad) {
                errors.add(error(row.getRowNum(), column.getValue(), column.getKey(), bad.getMessage()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        EnterpriseDetails details = new EnterpriseDetails((String) values.get(RosterColumn.CREDIT_CODE),
                (String) values.get(RosterColumn.NAME), (String) values.get(RosterColumn.TOWNSHIP),
                (String) values.get(RosterColumn.VILLAGE), (String) values.get(RosterColumn.ADDRESS),
                (String) values.get(RosterColumn.LEGAL_REPRESENTATIVE), (String) values.get(RosterColumn.CONTACT_PHONE),
                (String) values.get(RosterColumn.INDUSTRY_CATEGORY), (String) values.get(RosterColumn.PRODUCTS),
                (RevenueBand) values.get(RosterColumn.REVENUE_BAND),
                Boolean.TRUE.equals(values.get(RosterColumn.ABOVE_SCALE)),
                (Integer) values.get(RosterColumn.EMPLOYEES), (BigDecimal) values.get(RosterColumn.SITE_AREA_MU),
                (BusinessType) values.get(RosterColumn.BUSINESS_TYPE),
                (LocalDate) values.get(RosterColumn.EIA_APPROVAL_DATE),
                (LocalDate) values.get(RosterColumn.SAFETY_APPROVAL_DATE),
                (BigDecimal) values.get(RosterColumn.ANNUAL_SALES));
        // the same rules as the REST API's, as a safety net behind the column checks above
        for (ConstraintViolation<EnterpriseDetails> violation : validator.validate(details)) {
            String field = violation.getPropertyPath().toString();
            RosterColumn column = RosterColumn.byField(field).orElse(RosterColumn.NAME);
            errors.add(error(row.getRowNum(), columns.getOrDefault(column, 0), column,
                    field + ": " + violation.getMessage()));
        }
        return errors.size() > before ? null : details;
    }

    private static RowError error(int rowIndex, int columnIndex, RosterColumn column, String reason) {
        return new RowError(rowIndex + 1, CellReference.convertNumToColString(columnIndex), column.header(), reason);
    }
}
