package org.rectify.rectification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** 整改方案: agreed by the safety bureau with the design firm's and the experts' input. */
@Entity
public class RectificationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;
    private String planText;
    private String designFirmInput;
    private String expertInput;
    private String experts;
    private String agreedBy;
    private Instant agreedAt;

    protected RectificationPlan() {
    }

    RectificationPlan(Long caseId, String planText, String designFirmInput, String expertInput, String experts,
                      String agreedBy) {
        this.caseId = caseId;
        this.planText = planText;
        this.designFirmInput = designFirmInput;
        this.expertInput = expertInput;
        this.experts = experts;
        this.agreedBy = agreedBy;
        this.agreedAt = Instant.now();
    }

    public Long getCaseId() { return caseId; }
    public String getPlanText() { return planText; }
    public String getDesignFirmInput() { return designFirmInput; }
    public String getExpertInput() { return expertInput; }
    public String getExperts() { return experts; }
    public String getAgreedBy() { return agreedBy; }
    public Instant getAgreedAt() { return agreedAt; }
}
