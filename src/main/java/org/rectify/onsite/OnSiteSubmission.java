package org.rectify.onsite;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * What the phone page sends for one on-site task: the form's variables in the engine REST's shape,
 * the inspector's name and the time of signing, a key the device chose for this submission (so that a
 * retry after a lost answer is recognised), and what it knows of each photo (in the order of the parts).
 */
public record OnSiteSubmission(JsonNode variables, String signedName, Instant signedAt, String clientKey,
                               List<PhotoFacts> photos) {

    /** When and where a photo was taken, as the device says (the camera's time, its GPS fix). */
    public record PhotoFacts(Instant takenAt, Double latitude, Double longitude) {
    }
}
