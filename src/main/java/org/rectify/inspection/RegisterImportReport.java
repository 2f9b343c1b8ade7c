package org.rectify.inspection;

/** What an import added to the register. */
public record RegisterImportReport(int units, int equipment, int inspectionOverdue) {
}
