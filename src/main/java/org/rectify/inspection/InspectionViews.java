package org.rectify.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the inspection API answers. */
public final class InspectionViews {

    public record CampaignView(Long id, String name, String areaName, String scope, LocalDate startDate,
                               LocalDate endDate, int targetUnits, List<PlaceKind> placeKinds, List<RiskLevel> risks,
                               List<String> townships, boolean excludeSameTownship, int rectificationDays,
                               Long drawSeed, Instant drawnAt, String drawnBy, int unitsDrawn, int started,
                               InspectionCampaign.Publication publication, String publicationApprovedBy,
                               Instant publicationApprovedAt) {
    }

    public record InspectionView(Long id, int drawPosition, Long unitId, String unitName, String creditCode,
                                 String placeKind, String township, String inspectorOne, String inspectorTwo,
                                 UnitInspection.State state, LocalDate inspectedOn, int equipmentChecked,
                                 int hazardsFound, int correctedOnSpot, int stillOpen, int staffVisits,
                                 int vehicleTrips, LocalDate rectificationDue, String processInstanceId) {
    }

    /** The recorded draw re-run from its seed and frame: does it give the same units and inspectors? */
    public record DrawAudit(long seed, int unitsInFrame, int inspectorsInFrame, boolean excludeSameTownship,
                            boolean matches, List<InspectionDraw.Pick> recorded, List<InspectionDraw.Pick> rerun) {
    }

    public record PublicityView(Long id, LocalDate recordedOn, String occasion, int textMessages, int bigScreens,
                                int banners, int displayBoards, int publicityVehicles, int leaflets, int booklets,
                                int consultations) {

        static PublicityView of(InspectionPublicity p) {
            return new PublicityView(p.getId(), p.getRecordedOn(), p.getOccasion(), p.getTextMessages(),
                    p.getBigScreens(), p.getBanners(), p.getDisplayBoards(), p.getPublicityVehicles(), p.getLeaflets(),
                    p.getBooklets(), p.getConsultations());
        }
    }

    /** One line of the published list (一公开): the unit and what was found, no person named. */
    public record PublicEntry(String unitName, String creditCode, String placeKind, String township,
                              LocalDate inspectedOn, String result, List<PublicHazard> hazards) {
    }

    public record PublicHazard(String equipment, String description, String handling, String state, LocalDate dueOn) {
    }

    private InspectionViews() {
    }
}
