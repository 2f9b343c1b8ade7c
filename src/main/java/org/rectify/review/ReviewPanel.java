package org.rectify.review;

import java.util.List;
import org.rectify.identity.Agency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which agencies sit on the joint review: one parallel 联合会审 task each. Set by
 * {@code rectify.joint-review.agencies}, so the panel changes without touching the diagram.
 */
@Component("reviewPanel")
public class ReviewPanel {

    private final List<String> agencies;

    ReviewPanel(@Value("${rectify.joint-review.agencies}") List<String> agencies) {
        for (String agency : agencies) {
            if (Agency.byGroupId(agency).filter(Agency::worksOnTasks).isEmpty()) {
                throw new IllegalArgumentException("rectify.joint-review.agencies: unknown agency '" + agency + "'");
            }
        }
        if (agencies.isEmpty()) {
            throw new IllegalArgumentException("rectify.joint-review.agencies: at least one agency is required");
        }
        this.agencies = List.copyOf(agencies);
    }

    /** Called by the multi-instance collection of Activity_ConductJointReview. */
    public List<String> agencies() {
        return agencies;
    }
}
