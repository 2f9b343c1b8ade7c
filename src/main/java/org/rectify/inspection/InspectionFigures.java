package org.rectify.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's figures as the county report states them: units and equipment inspected, hazards
 * found and how they were handled, staff-visits and vehicle-trips, publicity. Counted from the
 * inspections' records, never entered as totals.
 */
public record InspectionFigures(Long campaignId, String name, String areaName, LocalDate startDate, LocalDate endDate,
                                int unitsDrawn, int unitsInspected, Map<String, Integer> unitsByPlace,
                                int equipmentChecked, Map<String, Integer> equipmentByKind, int inspectionOverdue,
                                int hazardsFound, int correctedOnSpot, int ordered, int rectified, int stillOpen,
                                int rectificationLate, int staffVisits, int vehicleTrips, int unitsWithRules,
                                int unitsWithCertifiedOperators, int unitsMaintained, int unitsDrilled,
                                Publicity publicity, List<InspectionViews.PublicityView> occasions) {

    public record Publicity(int textMessages, int bigScreens, int banners, int displayBoards, int publicityVehicles,
                            int leaflets, int booklets, int consultations) {
    }
}
