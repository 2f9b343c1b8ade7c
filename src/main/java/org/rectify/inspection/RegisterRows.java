package org.rectify.inspection;

import java.time.LocalDate;

/** The rows of a register workbook once every cell has been checked. */
final class RegisterRows {

    record UnitRow(String name, String creditCode, PlaceKind placeKind, RiskLevel risk, String address, String township,
                   String contactName, String contactPhone) {
    }

    record EquipmentRow(String unitCreditCode, EquipmentKind kind, String category, String registrationNumber,
                        LocalDate lastInspectedOn, LocalDate nextInspectionDue, String maintenanceUnit) {
    }

    private RegisterRows() {
    }
}
