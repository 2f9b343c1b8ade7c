package org.rectify.enterprise;

import java.util.Locale;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015. The last
 * character is a check character computed from the first 17 with weights 3^i mod 31.
 */
public final class UnifiedSocialCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** The code in upper case, or an exception whose message says what is wrong. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidCreditCodeException("统一社会信用代码不能为空 The unified social credit code is required");
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.length() != 18) {
            throw new InvalidCreditCodeException("统一社会信用代码应为18位 The unified social credit code must have 18 characters, '"
                    + code + "' has " + upper.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(upper.charAt(i)) < 0) {
                throw new InvalidCreditCodeException("统一社会信用代码含非法字符 The unified social credit code '" + code
                        + "' contains '" + upper.charAt(i) + "' at position " + (i + 1)
                        + " (allowed: digits and " + ALPHABET.substring(10) + ")");
            }
        }
        char expected = checkCharacter(upper.substring(0, 17));
        if (upper.charAt(17) != expected) {
            throw new InvalidCreditCodeException("统一社会信用代码校验位错误 The check character of unified social credit code '"
                    + code + "' is wrong: expected '" + expected + "' at position 18");
        }
        return upper;
    }

    public static boolean isValid(String code) {
        try {
            normalize(code);
            return true;
        } catch (InvalidCreditCodeException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    public static class InvalidCreditCodeException extends IllegalArgumentException {
        InvalidCreditCodeException(String message) {
            super(message);
        }
    }
}
