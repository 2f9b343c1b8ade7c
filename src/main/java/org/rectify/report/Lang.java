package org.rectify.report;

/** The report's language; labels in the code are bilingual, Chinese first, split at the first space. */
enum Lang {
    ZH, EN;

    static Lang of(String code) {
        return switch (code == null ? "zh" : code.toLowerCase()) {
            case "zh", "zh-cn", "" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("lang: zh 或 en, zh or en, not " + code);
        };
    }

    String t(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /** "关闭淘汰 Close" gives 关闭淘汰 or Close */
    String pick(String bilingual) {
        if (bilingual == null) {
            return "";
        }
        int space = bilingual.indexOf(' ');
        if (space < 0) {
            return bilingual;
        }
        return this == ZH ? bilingual.substring(0, space) : bilingual.substring(space + 1);
    }
}
