package org.rectify.inspection;

import java.util.Arrays;
import java.util.Optional;

/** The unit's risk grade in the register, by which a draw may be limited. */
public enum RiskLevel {
    HIGH("高", "High"),
    MEDIUM("中", "Medium"),
    LOW("低", "Low");

    private final String chinese;
    private final String english;

    RiskLevel(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String label() {
        return chinese + " " + english;
    }

    public static Optional<RiskLevel> parse(String text) {
        String value = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(value) || r.chinese.equals(value)
                || (r.chinese + "风险").equals(value) || r.label().equals(value)).findFirst();
    }
}
