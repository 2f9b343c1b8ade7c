package org.rectify.campaign;

import java.math.BigDecimal;
import org.rectify.shared.TaskForm;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.RevenueBand;

/**
 * Turns one ledger cell into the value its column expects, or an IllegalArgumentException whose
 * message (Chinese first) tells the user what to change in Excel.
 */
final class LedgerCells {

    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> DATES = List.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日",
            "uuuuMMdd").stream().map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false), Map.entry("y", true), Map.entry("n", false),
            Map.entry("yes", true), Map.entry("no", false), Map.entry("true", true), Map.entry("false", false),
            Map.entry("1", true), Map.entry("0", false), Map.entry("规上", true), Map.entry("规下", false),
            Map.entry("规模以上", true), Map.entry("规模以下", false));
    private static final Map<String, RevenueBand> BANDS = aliases(RevenueBand.values(), RevenueBand::displayName);
    private static final Map<String, BusinessType> TYPES = aliases(BusinessType.values(), BusinessType::displayName);

    static {
        TYPES.put(alias("生产"), BusinessType.PRODUCER);
        TYPES.put(alias("生产企业"), BusinessType.PRODUCER);
        TYPES.put(alias("流通"), BusinessType.DISTRIBUTOR);
        TYPES.put(alias("流通企业"), BusinessType.DISTRIBUTOR);
        TYPES.put(alias("经营"), BusinessType.DISTRIBUTOR);
    }

    private LedgerCells() {
    }

    static Object read(Cell cell, RosterColumn column) {
        CellType type = cell == null ? CellType.BLANK
                : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case BLANK, _NONE -> null;
            case STRING -> {
                String text = cell.getStringCellValue().trim();
                yield text.isEmpty() ? null : fromText(text, column);
            }
            case NUMERIC -> fromNumber(cell, column);
            case BOOLEAN -> {
                if (column.kind() != RosterColumn.Kind.YES_NO) {
                    throw new IllegalArgumentException("应为文本，实为逻辑值 " + cell.getBooleanCellValue()
                            + " A TRUE/FALSE value where " + expected(column) + " is expected");
                }
                yield cell.getBooleanCellValue();
            }
            case ERROR, FORMULA -> throw new IllegalArgumentException("单元格含错误值 The cell holds an Excel error");
        };
    }

    private static Object fromNumber(Cell cell, RosterColumn column) {
        double value = cell.getNumericCellValue();
        String shown = SHOWN.formatCellValue(cell);
        return switch (column.kind()) {
            case TEXT, REVENUE_BAND, BUSINESS_TYPE -> throw new IllegalArgumentException("应为文本，实为数字 "
                    + shown + " A number where text is expected; Excel may have changed it (a credit code becomes"
                    + " 9.13E+17, a phone number loses its 0): set the column to 文本 Text and type it again");
            case INTEGER -> {
                if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("应为非负整数 A whole number of at least 0 is expected, found "
                            + shown);
                }
                yield (int) value;
            }
            case DECIMAL -> nonNegative(BigDecimal.valueOf(value), shown);
            case DATE -> {
                if (!DateUtil.isCellDateFormatted(cell)) {
                    throw new IllegalArgumentException("应为日期 A date is expected (e.g. 2009-03-01), found " + shown);
                }
                yield cell.getLocalDateTimeCellValue().toLocalDate();
            }
            case YES_NO -> {
                if (value != 0 && value != 1) {
                    throw new IllegalArgumentException("应为是/否 是 or 否 (yes or no) is expected, found " + shown);
                }
                yield value == 1;
            }
        };
    }

    private static Object fromText(String text, RosterColumn column) {
        return switch (column.kind()) {
            case TEXT -> {
                if (text.length() > column.maxLength()) {
                    throw new IllegalArgumentException("超过" + column.maxLength() + "字 Longer than "
                            + column.maxLength() + " characters (" + text.length() + ")");
                }
                yield text;
            }
            case INTEGER -> {
                try {
                    int value = Integer.parseInt(text.replace(",", ""));
                    if (value < 0) {
                        throw new NumberFormatException();
                    }
                    yield value;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("应为非负整数 A whole number of at least 0 is expected, found '"
                            + text + "'");
                }
            }
            case DECIMAL -> {
                try {
                    yield nonNegative(new BigDecimal(text.replace(",", "")), text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("应为数字 A number is expected, found '" + text + "'");
                }
            }
            case DATE -> date(text);
            case YES_NO -> {
                Boolean value = YES_NO.get(text.toLowerCase(Locale.ROOT));
                if (value == null) {
                    throw new IllegalArgumentException("应为是/否 是 or 否 (yes or no) is expected, found '" + text + "'");
                }
                yield value;
            }
            case REVENUE_BAND -> known(BANDS, text, "营业收入档次未知 Unknown revenue band",
                    "500万元以上 / 200—500万元 / 200万元以下");
            case BUSINESS_TYPE -> known(TYPES, text, "企业类型未知 Unknown business type", "化工生产企业 / 化工流通企业");
        };
    }

    private static BigDecimal nonNegative(BigDecimal value, String shown) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("不能为负数 Cannot be negative, found " + shown);
        }
        if (value.compareTo(TaskForm.LARGEST_NUMBER) > 0) {
            throw new IllegalArgumentException("数值过大 Too large: at most " + TaskForm.LARGEST_NUMBER.toPlainString()
                    + ", found " + shown);
        }
        // the column keeps two decimals; rounding here makes a re-import of the same file a no-op
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the next way of writing it
            }
        }
        throw new IllegalArgumentException("应为日期 A date is expected (e.g. 2009-03-01), found '" + text + "'");
    }

    private static <E> E known(Map<String, E> aliases, String text, String problem, String allowed) {
        E value = aliases.get(alias(text));
        if (value == null) {
            throw new IllegalArgumentException(problem + " '" + text + "'; 可填 use one of: " + allowed);
        }
        return value;
    }

    private static String expected(RosterColumn column) {
        return column.kind() == RosterColumn.Kind.TEXT ? "text" : "a value of " + column.field();
    }

    /** The code, the bilingual label, either half of it; dashes, spaces and 元 do not matter. */
    private static <E extends Enum<E>> Map<String, E> aliases(E[] values, Function<E, String> label) {
        Map<String, E> aliases = new HashMap<>();
        for (E value : values) {
            String displayName = label.apply(value);
            int space = displayName.indexOf(' ');
            aliases.put(alias(value.name()), value);
            aliases.put(alias(displayName), value);
            aliases.put(alias(displayName.substring(0, space)), value);
            aliases.put(alias(displayName.substring(space + 1)), value);
        }
        return aliases;
    }

    private static String alias(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s元]", "").replaceAll("[—–－~～至]", "-");
    }
}
