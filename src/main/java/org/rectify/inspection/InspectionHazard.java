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

/** A problem or hazard found at an inspection: corrected on the spot, or ordered to be corrected by a date. */
@Entity
@Table(name = "inspection_hazard")
public class InspectionHazard {

    public enum Handling {
        CORRECTED_ON_SPOT("当场改正", "Corrected on the spot"),
        ORDERED("责令限期整改", "Ordered to be rectified by a deadline");

        private final String chinese;
        private final String english;

        Handling(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        public String label() {
            return chinese + " " + english;
        }
    }

    public enum State {
        CORRECTED("已改正", "Corrected"),
        OPEN("整改中", "Being rectified"),
        RECTIFIED("已整改", "Rectified");

        private final String chinese;
        private final String english;

        State(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        public String label() {
            return chinese + " " + english;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long inspectionId;
    private Long equipmentId;
    @Column(nullable = false)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Handling handling;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    private String evidence;
    @Column(nullable = false)
    private LocalDate foundOn;
    private LocalDate dueOn;
    private LocalDate closedOn;
    private String recheckNote;

    protected InspectionHazard() {
    }

    InspectionHazard(Long inspectionId, HazardEntry entry, LocalDate foundOn, LocalDate dueOn) {
        this.inspectionId = inspectionId;
        this.equipmentId = entry.equipmentId();
        this.description = entry.description();
        this.handling = entry.handling();
        this.evidence = entry.evidence();
        this.foundOn = foundOn;
        if (entry.handling() == Handling.CORRECTED_ON_SPOT) {
            this.state = State.CORRECTED;
            this.closedOn = foundOn;
        } else {
            this.state = State.OPEN;
            this.dueOn = dueOn;
        }
    }

    void rectified(LocalDate day, String note) {
        this.state = State.RECTIFIED;
        this.closedOn = day;
        this.recheckNote = note;
    }

    void stillOpen(LocalDate newDue, String note) {
        this.dueOn = newDue;
        this.recheckNote = note;
    }

    public Long getId() { return id; }
    public Long getInspectionId() { return inspectionId; }
    public Long getEquipmentId() { return equipmentId; }
    public String getDescription() { return description; }
    public Handling getHandling() { return handling; }
    public State getState() { return state; }
    public String getEvidence() { return evidence; }
    public LocalDate getFoundOn() { return foundOn; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getRecheckNote() { return recheckNote; }
}
