package org.rectify.inspection;

/** A unit of the register as the bureau's lists show it, with its equipment counted. */
public record UnitView(Long id, String name, String creditCode, PlaceKind placeKind, String placeKindLabel,
                       RiskLevel risk, String address, String township, long equipment, long inspectionOverdue) {
}
