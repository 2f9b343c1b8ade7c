package org.rectify.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the inspectors found on site, read from the inspection form. */
record InspectionResult(LocalDate inspectedOn, boolean rulesInPlace, boolean operatorsCertified,
                        boolean maintenanceDone, boolean emergencyPlanDrilled,
                        Map<Long, EquipmentCheck.Result> checked, List<HazardEntry> hazards,
                        int staffVisits, int vehicleTrips, String note) {
}
