package org.rectify.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** User and password of an HTTP Basic {@code Authorization} header. */
public record BasicCredentials(String userId, String password) {

    private static final String BASIC = "Basic ";

    /** Empty when the header is missing or malformed. */
    public static Optional<BasicCredentials> parse(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
