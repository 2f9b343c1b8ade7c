package org.rectify.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The checklist line of one piece of equipment at one inspection. */
@Entity
@Table(name = "equipment_check")
public class EquipmentCheck {

    public enum Result { OK, HAZARD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long inspectionId;
    @Column(nullable = false)
    private Long equipmentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Result result;
    /** its statutory inspection was late on the day of the inspection, by the register's dates */
    private boolean inspectionOverdue;

    protected EquipmentCheck() {
    }

    EquipmentCheck(Long inspectionId, Long equipmentId, Result result, boolean inspectionOverdue) {
        this.inspectionId = inspectionId;
        this.equipmentId = equipmentId;
        this.result = result;
        this.inspectionOverdue = inspectionOverdue;
    }

    public Long getId() { return id; }
    public Long getInspectionId() { return inspectionId; }
    public Long getEquipmentId() { return equipmentId; }
    public Result getResult() { return result; }
    public boolean isInspectionOverdue() { return inspectionOverdue; }
}
