package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** 安全评价: besides verifying each hazard, the firm checks training, rules, testing and emergency rescue. */
@Entity
public class SafetyEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private int roundNumber;
    private Long evaluationFirmId;
    private boolean trainingOk;
    private boolean rulesOk;
    private boolean testingOk;
    private boolean emergencyRescueOk;
    private String note;
    private String evaluatedBy;
    private Instant evaluatedAt;

    protected SafetyEvaluation() {
    }

    SafetyEvaluation(Long caseId, int roundNumber, Long evaluationFirmId, EvaluationChecks checks, String note,
                     String evaluatedBy) {
        this.caseId = caseId;
        this.roundNumber = roundNumber;
        this.evaluationFirmId = evaluationFirmId;
        this.trainingOk = checks.training();
        this.rulesOk = checks.rules();
        this.testingOk = checks.testing();
        this.emergencyRescueOk = checks.emergencyRescue();
        this.note = note;
        this.evaluatedBy = evaluatedBy;
        this.evaluatedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public int getRoundNumber() { return roundNumber; }
    public Long getEvaluationFirmId() { return evaluationFirmId; }
    public boolean isTrainingOk() { return trainingOk; }
    public boolean isRulesOk() { return rulesOk; }
    public boolean isTestingOk() { return testingOk; }
    public boolean isEmergencyRescueOk() { return emergencyRescueOk; }
    public String getNote() { return note; }
    public String getEvaluatedBy() { return evaluatedBy; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
}
