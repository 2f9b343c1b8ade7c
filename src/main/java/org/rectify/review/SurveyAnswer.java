package org.rectify.review;

/** What the surveyor recorded for one access requirement. */
public record SurveyAnswer(AccessDimension dimension, boolean compliant, String note) {
}
