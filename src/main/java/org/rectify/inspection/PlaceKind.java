package org.rectify.inspection;

import java.util.Arrays;
import java.util.Optional;

/** Crowded places whose special equipment the county checks (DOMAIN.md, county special-equipment check). */
public enum PlaceKind {
    HOTEL("宾馆", "Hotel"),
    RESTAURANT("饭店", "Restaurant"),
    HOSPITAL("医院", "Hospital"),
    SCHOOL("学校", "School"),
    KINDERGARTEN("幼儿园", "Kindergarten"),
    SHOPPING_CENTRE("大型商场", "Shopping centre"),
    SUPERMARKET("超市", "Supermarket"),
    SCENIC_SPOT("旅游景点", "Scenic spot"),
    OTHER_CROWDED("其他人员密集场所", "Other crowded place");

    private final String chinese;
    private final String english;

    PlaceKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String label() {
        return chinese + " " + english;
    }

    /** By its code (HOTEL) or its Chinese name (宾馆), as a register's cell may give it. */
    public static Optional<PlaceKind> parse(String text) {
        String value = text == null ? "" : text.trim();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(value) || k.chinese.equals(value)
                || k.label().equals(value)).findFirst();
    }
}
