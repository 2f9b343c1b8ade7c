package org.rectify.inspection;

/** One hazard line of the inspection form: on a piece of equipment (or the unit's management), and its handling. */
record HazardEntry(Long equipmentId, String description, InspectionHazard.Handling handling, String evidence) {
}
