package org.rectify.rectification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hazards as the forms take them, one per line, with errors that name the field and the line:
 * diagnosis {@code area | severity | standard item | description}, evidence {@code H12: what was
 * done}, verdicts {@code H12: VERIFIED|NOT_VERIFIED note}.
 */
public final class HazardLines {

    public record Draft(HazardArea area, Hazard.Severity severity, String standardItem, String description) {
    }

    public enum Verdict { VERIFIED, NOT_VERIFIED }

    public record VerdictLine(Verdict verdict, String note) {
    }

    private HazardLines() {
    }

    public static List<Draft> diagnosis(String field, String text) {
        List<Draft> drafts = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = where(field, i, line);
            String[] parts = line.split("[|｜]", 4);
            if (parts.length < 4) {
                throw new IllegalArgumentException(where + ": expected 'area | severity | standard item | description'");
            }
            String item = parts[2].trim();
            String description = parts[3].trim();
            if (item.isEmpty() || item.length() > 100) {
                throw new IllegalArgumentException(where + ": the standard item is required, at most 100 characters");
            }
            if (description.isEmpty() || description.length() > 2000) {
                throw new IllegalArgumentException(where + ": the description is required, at most 2000 characters");
            }
            drafts.add(new Draft(area(where, parts[0].trim()), severity(where, parts[1].trim()), item, description));
        }
        return drafts;
    }

    /** Entries by hazard id, in the order given. */
    public static Map<Long, String> evidence(String field, String text) {
        return byHazard(field, text, "'H<number>: evidence'", (where, id, rest) -> {
            if (rest.isEmpty() || rest.length() > 2000) {
                throw new IllegalArgumentException(where + ": say what was done (at most 2000 characters)");
            }
            return rest;
        });
    }

    public static Map<Long, VerdictLine> verdicts(String field, String text) {
        return byHazard(field, text, "'H<number>: VERIFIED|NOT_VERIFIED note'", (where, id, rest) -> {
            String[] parts = rest.split("\\s+", 2);
            Verdict verdict;
            try {
                verdict = Verdict.valueOf(parts[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": the verdict must be VERIFIED or NOT_VERIFIED, got '"
                        + parts[0] + "'");
            }
            String note = parts.length > 1 ? parts[1].trim() : null;
            if (verdict == Verdict.NOT_VERIFIED && (note == null || note.isEmpty())) {
                throw new IllegalArgumentException(where + ": say why H" + id + " is not verified");
            }
            return new VerdictLine(verdict, note);
        });
    }

    /** What follows "H<number>:" on one line, checked and turned into an entry. */
    private interface LineReader<T> {
        T read(String where, Long hazardId, String rest);
    }

    /** One entry per non-empty line "H<number>: rest"; a hazard named twice is an error. */
    private static <T> Map<Long, T> byHazard(String field, String text, String expected, LineReader<T> reader) {
        Map<Long, T> entries = new LinkedHashMap<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = where(field, i, line);
            int colon = colon(line);
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": expected " + expected);
            }
            Long id = hazardId(where, line.substring(0, colon));
            if (entries.put(id, reader.read(where, id, line.substring(colon + 1).trim())) != null) {
                throw new IllegalArgumentException(where + ": H" + id + " is named twice");
            }
        }
        return entries;
    }

    /** "H3, H5" or "3 5": the hazards an acceptance re-opens. */
    public static List<Long> ids(String field, String text) {
        List<Long> ids = new ArrayList<>();
        if (text == null) {
            return ids;
        }
        for (String token : text.split("[,，;；\\s]+")) {
            if (!token.isBlank()) {
                ids.add(hazardId(field + " '" + token + "'", token));
            }
        }
        return ids;
    }

    private static HazardArea area(String where, String value) {
        for (HazardArea area : HazardArea.values()) {
            String chinese = area.displayName().split(" ")[0];
            if (area.name().equalsIgnoreCase(value) || chinese.equals(value) || area.displayName().equalsIgnoreCase(value)) {
                return area;
            }
        }
        throw new IllegalArgumentException(where + ": unknown area '" + value + "' (one of "
                + String.join(", ", java.util.Arrays.stream(HazardArea.values()).map(a -> a.name() + " " + a.displayName()).toList()) + ")");
    }

    private static Hazard.Severity severity(String where, String value) {
        for (Hazard.Severity severity : Hazard.Severity.values()) {
            String chinese = severity.displayName().split(" ")[0];
            if (severity.name().equalsIgnoreCase(value) || chinese.equals(value) || chinese.startsWith(value) && !value.isEmpty()) {
                return severity;
            }
        }
        throw new IllegalArgumentException(where + ": unknown severity '" + value + "' (MAJOR 重大 or GENERAL 一般)");
    }

    private static Long hazardId(String where, String token) {
        String digits = token.trim().replaceFirst("^[Hh]", "");
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + token.trim() + "' is not a hazard number like H12");
        }
    }

    private static int colon(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    private static String[] lines(String text) {
        return text == null ? new String[0] : text.split("\\R");
    }

    private static String where(String field, int index, String line) {
        return field + ", line " + (index + 1) + " '" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "'";
    }
}
