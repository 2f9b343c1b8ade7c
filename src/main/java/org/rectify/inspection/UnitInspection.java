package org.rectify.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One drawn unit of a campaign: its two drawn inspectors and what their inspection found. */
@Entity
@Table(name = "unit_inspection")
public class UnitInspection {

    public enum State {
        /** drawn, the process not yet started */
        DRAWN,
        /** waiting for the inspection on site */
        INSPECTING,
        /** a rectification was ordered and waits for its re-check */
        RECTIFYING,
        /** inspected; every hazard corrected */
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long campaignId;
    @Column(nullable = false)
    private Long unitId;
    private int drawPosition;
    @Column(nullable = false)
    private String inspectorOne;
    @Column(nullable = false)
    private String inspectorTwo;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.DRAWN;
    private LocalDate inspectedOn;
    private String inspectedBy;
    private Boolean rulesInPlace;
    private Boolean operatorsCertified;
    private Boolean maintenanceDone;
    private Boolean emergencyPlanDrilled;
    private int staffVisits;
    private int vehicleTrips;
    private LocalDate rectificationDue;
    private String note;
    private LocalDate finishedOn;

    protected UnitInspection() {
    }

    UnitInspection(Long campaignId, Long unitId, int drawPosition, String inspectorOne, String inspectorTwo) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.drawPosition = drawPosition;
        this.inspectorOne = inspectorOne;
        this.inspectorTwo = inspectorTwo;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
        this.state = State.INSPECTING;
    }

    void inspected(InspectionResult result, String userId) {
        this.inspectedOn = result.inspectedOn();
        this.inspectedBy = userId;
        this.rulesInPlace = result.rulesInPlace();
        this.operatorsCertified = result.operatorsCertified();
        this.maintenanceDone = result.maintenanceDone();
        this.emergencyPlanDrilled = result.emergencyPlanDrilled();
        this.note = result.note();
        addVisits(result.staffVisits(), result.vehicleTrips());
    }

    void addVisits(int staff, int vehicles) {
        this.staffVisits += staff;
        this.vehicleTrips += vehicles;
    }

    void rectificationOrdered(LocalDate due) {
        this.state = State.RECTIFYING;
        this.rectificationDue = due;
    }

    void finished(LocalDate day) {
        this.state = State.DONE;
        this.finishedOn = day;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getUnitId() { return unitId; }
    public int getDrawPosition() { return drawPosition; }
    public String getInspectorOne() { return inspectorOne; }
    public String getInspectorTwo() { return inspectorTwo; }
    public String getProcessInstanceId() { return processInstanceId; }
    public State getState() { return state; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public String getInspectedBy() { return inspectedBy; }
    public Boolean getRulesInPlace() { return rulesInPlace; }
    public Boolean getOperatorsCertified() { return operatorsCertified; }
    public Boolean getMaintenanceDone() { return maintenanceDone; }
    public Boolean getEmergencyPlanDrilled() { return emergencyPlanDrilled; }
    public int getStaffVisits() { return staffVisits; }
    public int getVehicleTrips() { return vehicleTrips; }
    public LocalDate getRectificationDue() { return rectificationDue; }
    public String getNote() { return note; }
    public LocalDate getFinishedOn() { return finishedOn; }
}
