package org.rectify.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inspection forms' line fields, with errors that name the field and the line: pieces not checked
 * {@code registration number: reason}, hazards {@code registration number or 单位 | what | 当场改正|限期整改 |
 * what was done}, re-checks {@code H12: 已整改|未整改 note}.
 */
final class InspectionLines {

    /** The word for the unit's own management in a hazard line, instead of a registration number. */
    static final String UNIT = "单位";

    record HazardLine(String registrationNumber, String description, InspectionHazard.Handling handling,
                      String evidence) {
    }

    record RecheckLine(boolean rectified, String note) {
    }

    private InspectionLines() {
    }

    /** The pieces not checked, by registration number, with the reason given after it (or null). */
    static Map<String, String> notChecked(String field, String text) {
        Map<String, String> pieces = new LinkedHashMap<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            int colon = colon(line);
            String number = (colon < 0 ? line.split("\\s+", 2)[0] : line.substring(0, colon)).trim();
            String reason = (colon < 0 ? line.substring(number.length()) : line.substring(colon + 1)).trim();
            if (reason.length() > 200) {
                throw new IllegalArgumentException(where(field, i) + ": the reason has at most 200 characters");
            }
            if (pieces.put(number, reason.isEmpty() ? null : reason) != null) {
                throw new IllegalArgumentException(where(field, i) + ": " + number + " is listed twice");
            }
        }
        return pieces;
    }

    static List<HazardLine> hazards(String field, String text) {
        List<HazardLine> hazards = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = where(field, i);
            String[] parts = line.split("[|｜]", 4);
            if (parts.length < 3) {
                throw new IllegalArgumentException(where + ": expected 'registration number or 单位 | what is wrong |"
                        + " 当场改正 or 限期整改 | what was done'");
            }
            String subject = parts[0].trim();
            String description = parts[1].trim();
            String evidence = parts.length > 3 ? parts[3].trim() : "";
            if (subject.isEmpty()) {
                throw new IllegalArgumentException(where + ": name the piece (its registration number) or 单位 (unit)");
            }
            if (description.isEmpty() || description.length() > 2000) {
                throw new IllegalArgumentException(where + ": say what is wrong (at most 2000 characters)");
            }
            InspectionHazard.Handling handling = handling(where, parts[2].trim());
            if (handling == InspectionHazard.Handling.CORRECTED_ON_SPOT && evidence.isEmpty()) {
                throw new IllegalArgumentException(where + ": corrected on the spot: say what was done (the evidence)");
            }
            if (evidence.length() > 2000) {
                throw new IllegalArgumentException(where + ": what was done: at most 2000 characters");
            }
            hazards.add(new HazardLine(UNIT.equals(subject) || "unit".equalsIgnoreCase(subject) ? null : subject,
                    description, handling, evidence.isEmpty() ? null : evidence));
        }
        return hazards;
    }

    /** Re-check results by hazard id, in the order given. */
    static Map<Long, RecheckLine> rechecks(String field, String text) {
        Map<Long, RecheckLine> results = new LinkedHashMap<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = where(field, i);
            int colon = colon(line);
            String id = colon < 0 ? "" : line.substring(0, colon).trim();
            if (!id.matches("[Hh][0-9]{1,18}")) {
                throw new IllegalArgumentException(where + ": expected 'H<number>: 已整改 or 未整改 note'");
            }
            String rest = line.substring(colon + 1).trim();
            boolean rectified;
            String note;
            if (rest.startsWith("已整改")) {
                rectified = true;
                note = rest.substring(3).trim();
            } else if (rest.startsWith("未整改")) {
                rectified = false;
                note = rest.substring(3).trim();
            } else if (rest.toLowerCase(Locale.ROOT).startsWith("rectified")) {
                rectified = true;
                note = rest.substring(9).trim();
            } else if (rest.toLowerCase(Locale.ROOT).startsWith("not rectified")) {
                rectified = false;
                note = rest.substring(13).trim();
            } else {
                throw new IllegalArgumentException(where + ": the result must be 已整改 (rectified) or 未整改 (not"
                        + " rectified), got '" + rest + "'");
            }
            if (!rectified && note.isEmpty()) {
                throw new IllegalArgumentException(where + ": say what is still wrong with " + id.toUpperCase());
            }
            if (note.length() > 2000) {
                throw new IllegalArgumentException(where + ": the note has at most 2000 characters");
            }
            if (results.put(Long.parseLong(id.substring(1)), new RecheckLine(rectified, note.isEmpty() ? null : note))
                    != null) {
                throw new IllegalArgumentException(where + ": " + id.toUpperCase() + " is listed twice");
            }
        }
        return results;
    }

    private static InspectionHazard.Handling handling(String where, String text) {
        String value = text.toLowerCase(Locale.ROOT);
        if (value.equals("当场改正") || value.equals("corrected")) {
            return InspectionHazard.Handling.CORRECTED_ON_SPOT;
        }
        if (value.equals("限期整改") || value.equals("责令限期整改") || value.equals("ordered")) {
            return InspectionHazard.Handling.ORDERED;
        }
        throw new IllegalArgumentException(where + ": the handling must be 当场改正 (corrected) or 限期整改 (ordered),"
                + " got '" + text + "'");
    }

    private static int colon(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    private static String[] lines(String text) {
        return text == null ? new String[0] : text.split("\\R");
    }

    private static String where(String field, int index) {
        return field + " 第" + (index + 1) + "行 line " + (index + 1);
    }
}
