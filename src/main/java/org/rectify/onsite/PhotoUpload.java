package org.rectify.onsite;

import java.math.BigDecimal;
import java.time.Instant;

/** A checked photo of a submission, ready to store. */
record PhotoUpload(String fileName, String contentType, byte[] content, String sha256, Instant takenAt,
                   BigDecimal latitude, BigDecimal longitude) {
}
