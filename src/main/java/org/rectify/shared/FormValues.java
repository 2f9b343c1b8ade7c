package org.rectify.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reading what Camunda Forms submit, with errors that name the field. */
public final class FormValues {

    private FormValues() {
    }

    public static boolean bool(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null) {
            return false;
        }
        return switch (value.toString().trim().toLowerCase()) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new IllegalArgumentException(field + ": expected true or false, got '" + value + "'");
        };
    }

    public static String text(String field, Object value, int maxLength, boolean required) {
        String text = value == null ? "" : value.toString().trim();
        if (required && text.isEmpty()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + ": at most " + maxLength + " characters, got " + text.length());
        }
        return text.isEmpty() ? null : text;
    }

    /** A select's code as one of the enum's constants. */
    public static <E extends Enum<E>> E choice(String field, Object value, Class<E> type) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(field + ": a choice is required");
        }
        try {
            return Enum.valueOf(type, value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown choice '" + value + "'");
        }
    }

    /** A required date. */
    public static LocalDate requiredDate(String field, Object value) {
        LocalDate date = date(field, value);
        if (date == null) {
            throw new IllegalArgumentException(field + ": a date is required");
        }
        return date;
    }

    /** form-js number fields submit numbers; REST clients may send text. Null when empty. */
    public static BigDecimal decimal(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().trim());
            if (number.signum() < 0) {
                throw new IllegalArgumentException(field + ": must not be negative, got " + value);
            }
            if (number.compareTo(TaskForm.LARGEST_NUMBER) > 0) {
                throw new IllegalArgumentException(field + ": 数值过大 " + value + " is too large; at most "
                        + TaskForm.LARGEST_NUMBER.toPlainString());
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": not a number: '" + value + "'");
        }
    }

    /** form-js submits dates as yyyy-MM-dd; the REST API may send a Date or an ISO date-time. */
    public static LocalDate date(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not a date (yyyy-MM-dd): '" + text + "'");
        }
    }
}
