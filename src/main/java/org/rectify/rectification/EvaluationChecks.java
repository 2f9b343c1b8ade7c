package org.rectify.rectification;

/** The checks of a safety evaluation beyond the hazards. */
public record EvaluationChecks(boolean training, boolean rules, boolean testing, boolean emergencyRescue) {
}
