package org.rectify.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestDispositionDecisionTest {

    private static final Path DECISION_FILE = Path.of("processes/suggest-disposition.dmn");
    private static final String DECISION = "Decision_SuggestDisposition";

    // FIRST hit: several rules share an output, so the matched rule id tells them apart
    private final List<String> matchedRules = new ArrayList<>();
    private DmnEngine engine;
    private DmnDecision decision;

    @BeforeEach
    void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(
                        event -> event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()))))
                .buildEngine();
        try (InputStream in = Files.newInputStream(DECISION_FILE)) {
            decision = engine.parseDecision(DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DecisionRule_NotRunning                | ALREADY_STOPPED      | productionRunning
            DecisionRule_SafetyAndEnvironmentFail  | CLOSE                | safetyProductionCompliant environmentalProtectionCompliant
            DecisionRule_LandFails                 | RELOCATE_TO_PARK     | landCompliant
            DecisionRule_EnergyAndTechnologyFail   | ELIMINATE_LINES      | energyConsumptionCompliant technologyQualityCompliant
            DecisionRule_ApprovalsMissing          | OBTAIN_APPROVALS     | approvalsPresent
            DecisionRule_ProjectApprovalFails      | OBTAIN_APPROVALS     | projectApprovalCompliant
            DecisionRule_RegistrationFails         | ADJUST_LICENCE_SCOPE | businessRegistrationCompliant
            DecisionRule_SafetyFails               | RECTIFY_IN_PLACE     | safetyProductionCompliant
            DecisionRule_EnvironmentFails          | RECTIFY_IN_PLACE     | environmentalProtectionCompliant
            DecisionRule_TechnologyFails           | RECTIFY_IN_PLACE     | technologyQualityCompliant
            DecisionRule_PersonnelFails            | RECTIFY_IN_PLACE     | personnelQualificationCompliant
            DecisionRule_EnergyFails               | RECTIFY_IN_PLACE     | energyConsumptionCompliant
            """)
    void suggestsTheDispositionOfTheRuleWhoseChecksFail(String rule, String disposition, String failedChecks) {
        // given
        Map<String, Object> survey = allCompliant();
        for (String check : failedChecks.split(" ")) {
            survey.put(check, false);
        }

        // when
        DmnDecisionResult result = engine.evaluateDecision(decision, survey);

        // then
        assertThat(matchedRules).containsExactly(rule);
        assertThat((String) result.getSingleEntry()).isEqualTo(disposition);
    }

    @Test
    void suggestsCompliantWhenEveryCheckPasses() {
        // given
        Map<String, Object> survey = allCompliant();

        // when
        DmnDecisionResult result = engine.evaluateDecision(decision, survey);

        // then
        assertThat(matchedRules).containsExactly("DecisionRule_AllCompliant");
        assertThat((String) result.getSingleEntry()).isEqualTo("COMPLIANT");
    }

    @Test
    void stoppedProductionOutranksFailingLand() {
        // given
        Map<String, Object> survey = allCompliant();
        survey.put("productionRunning", false);
        survey.put("landCompliant", false);

        // when
        DmnDecisionResult result = engine.evaluateDecision(decision, survey);

        // then
        assertThat(matchedRules).containsExactly("DecisionRule_NotRunning");
        assertThat((String) result.getSingleEntry()).isEqualTo("ALREADY_STOPPED");
    }

    @Test
    void closureOutranksEveryLesserFailure() {
        // given
        Map<String, Object> survey = allCompliant();
        survey.put("safetyProductionCompliant", false);
        survey.put("environmentalProtectionCompliant", false);
        survey.put("landCompliant", false);
        survey.put("approvalsPresent", false);

        // when
        DmnDecisionResult result = engine.evaluateDecision(decision, survey);

        // then
        assertThat(matchedRules).containsExactly("DecisionRule_SafetyAndEnvironmentFail");
        assertThat((String) result.getSingleEntry()).isEqualTo("CLOSE");
    }

    private static Map<String, Object> allCompliant() {
        Map<String, Object> survey = new HashMap<>();
        survey.put("productionRunning", true);
        survey.put("approvalsPresent", true);
        survey.put("safetyProductionCompliant", true);
        survey.put("environmentalProtectionCompliant", true);
        survey.put("technologyQualityCompliant", true);
        survey.put("personnelQualificationCompliant", true);
        survey.put("landCompliant", true);
        survey.put("energyConsumptionCompliant", true);
        survey.put("projectApprovalCompliant", true);
        survey.put("businessRegistrationCompliant", true);
        return survey;
    }
}
