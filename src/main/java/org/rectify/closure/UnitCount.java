package org.rectify.closure;

import java.util.ArrayList;
import java.util.List;

/** A type of production unit or line and how many were removed. */
public record UnitCount(String type, int count) {

    /**
     * Parses one entry per line, "type, count" (a Chinese comma or a tab also separates), as the
     * verification form collects them.
     */
    public static List<UnitCount> parseLines(String field, String text) {
        List<UnitCount> units = new ArrayList<>();
        if (text == null) {
            return units;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            int separator = Math.max(Math.max(line.lastIndexOf(','), line.lastIndexOf('，')), line.lastIndexOf('\t'));
            String where = field + ", line " + (i + 1) + " '" + line + "'";
            if (separator <= 0) {
                throw new IllegalArgumentException(where + ": expected 'type, count'");
            }
            String type = line.substring(0, separator).trim();
            int count;
            try {
                count = Integer.parseInt(line.substring(separator + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": the count is not a whole number");
            }
            if (count <= 0 || type.isEmpty() || type.length() > 100) {
                throw new IllegalArgumentException(where + ": needs a type of at most 100 characters and a count above 0");
            }
            units.add(new UnitCount(type, count));
        }
        return units;
    }
}
