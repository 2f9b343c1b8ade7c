package org.rectify.onsite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.rectify.onsite.OnSiteSubmission.PhotoFacts;

/**
 * The limits of site photos: JPEG, PNG or WebP by their content (not by what the client calls them),
 * each at most the configured size, at most a number per task; a position, when given, on the earth.
 */
final class PhotoChecks {

    private final long maxBytes;
    private final int maxPhotos;

    PhotoChecks(long maxBytes, int maxPhotos) {
        this.maxBytes = maxBytes;
        this.maxPhotos = maxPhotos;
    }

    int maxPhotos() {
        return maxPhotos;
    }

    /** @throws IllegalArgumentException naming the photo and what is wrong with it */
    PhotoUpload check(int index, String fileName, byte[] content, PhotoFacts facts) {
        String which = "photos[" + index + "] " + (fileName == null ? "" : fileName);
        if (content.length == 0) {
            throw new IllegalArgumentException(which + ": 照片为空 the photo is empty");
        }
        if (content.length > maxBytes) {
            throw new IllegalArgumentException(which + ": 照片过大 the photo has " + content.length / 1024 + " KB; at most "
                    + maxBytes / 1024 + " KB are accepted");
        }
        String type = imageType(content);
        if (type == null) {
            throw new IllegalArgumentException(which + ": 不是照片 not a JPEG, PNG or WebP image");
        }
        BigDecimal latitude = coordinate(which + " latitude", facts == null ? null : facts.latitude(), 90);
        BigDecimal longitude = coordinate(which + " longitude", facts == null ? null : facts.longitude(), 180);
        String name = fileName == null || fileName.isBlank() ? "photo-" + (index + 1) : fileName.strip();
        return new PhotoUpload(name.length() > 200 ? name.substring(0, 200) : name, type, content, sha256(content),
                facts == null ? null : facts.takenAt(), latitude, longitude);
    }

    private static BigDecimal coordinate(String what, Double value, int limit) {
        if (value == null) {
            return null;
        }
        if (value.isNaN() || Math.abs(value) > limit) {
            throw new IllegalArgumentException(what + ": 坐标无效 not a position on the earth: " + value);
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    static String imageType(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (content.length >= 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
            return "image/png";
        }
        if (content.length >= 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F'
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
