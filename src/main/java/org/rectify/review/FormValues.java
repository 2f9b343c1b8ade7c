package org.rectify.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Reading what Camunda Forms submit, with errors that name the field. */
final class FormValues {

    private FormValues() {
    }

    static boolean bool(String field, Object value) {
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

    static String text(String field, Object value, int maxLength, boolean required) {
        String text = value == null ? "" : value.toString().trim();
        if (required && text.isEmpty()) {
            throw new IllegalArgumentException(field + ": required");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(field + ": at most " + maxLength + " characters, got " + text.length());
        }
        return text.isEmpty() ? null : text;
    }

    /** form-js submits dates as yyyy-MM-dd; the REST API may send a Date or an ISO date-time. */
    static LocalDate date(String field, Object value) {
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
