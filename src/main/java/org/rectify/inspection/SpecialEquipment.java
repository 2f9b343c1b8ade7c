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

/** One registered piece of special equipment with its statutory inspection dates. */
@Entity
@Table(name = "special_equipment")
public class SpecialEquipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long unitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EquipmentKind kind;
    @Column(nullable = false)
    private String category;
    @Column(nullable = false)
    private String registrationNumber;
    private LocalDate lastInspectedOn;
    @Column(nullable = false)
    private LocalDate nextInspectionDue;
    private String maintenanceUnit;

    protected SpecialEquipment() {
    }

    SpecialEquipment(Long unitId, RegisterRows.EquipmentRow row) {
        this.unitId = unitId;
        this.kind = row.kind();
        this.category = row.category();
        this.registrationNumber = row.registrationNumber();
        this.lastInspectedOn = row.lastInspectedOn();
        this.nextInspectionDue = row.nextInspectionDue();
        this.maintenanceUnit = row.maintenanceUnit();
    }

    /** Its periodic statutory inspection is late on that day: flagged without anyone having to notice. */
    public boolean inspectionOverdueOn(LocalDate day) {
        return nextInspectionDue.isBefore(day);
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public EquipmentKind getKind() { return kind; }
    public String getCategory() { return category; }
    public String getRegistrationNumber() { return registrationNumber; }
    public LocalDate getLastInspectedOn() { return lastInspectedOn; }
    public LocalDate getNextInspectionDue() { return nextInspectionDue; }
    public String getMaintenanceUnit() { return maintenanceUnit; }
}
