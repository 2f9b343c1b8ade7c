package org.rectify.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_SURVEY;
import static org.rectify.enterprise.EnterpriseCaseVariables.ENTERPRISE_NAME;
import static org.rectify.enterprise.EnterpriseCaseVariables.ENTERPRISE_SUMMARY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What a case task tells the person who opens it, and how a bad submission is explained. */
@IntegrationTest
class CaseTaskContextTest {

    @Autowired CaseOpening opening;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired FilterService filterService;
    @Autowired FormService formService;

    @Test
    void tasklistListsTheEnterpriseOfEachTask() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        Task survey = new CaseSteps(taskService).caseTask(opened.getEnterprise().getCreditCode(), ACTIVITY_SURVEY);

        assertThat(taskService.getVariableLocal(survey.getId(), ENTERPRISE_NAME))
                .isEqualTo(opened.getEnterprise().getName());
        assertThat((String) taskService.getVariableLocal(survey.getId(), ENTERPRISE_SUMMARY))
                .contains(opened.getEnterprise().getCreditCode());
        Filter filter = filterService.createFilterQuery().filterName("本机构待办").singleResult();
        assertThat(filter.getProperties().get("variables")).asList()
                .first().asString().contains(ENTERPRISE_NAME);
    }

    @Test
    void aReviewerWhoClaimsLaterSeesTheOpinionsGivenMeanwhile() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        CaseSteps steps = new CaseSteps(taskService);
        String code = opened.getEnterprise().getCreditCode();
        steps.completeCaseTask(code, ACTIVITY_SURVEY, CaseSteps.survey(Set.of(), true, true));
        List<Task> reviews = steps.tasks(code, "Activity_ConductJointReview");
        taskService.complete(reviews.get(0).getId(), CaseSteps.opinion(org.rectify.enterprise.Disposition.CLOSE, "第一份意见 First opinion"));

        taskService.claim(reviews.get(1).getId(), "someone");

        assertThat((String) taskService.getVariableLocal(reviews.get(1).getId(), "opinionsSummary"))
                .contains("第一份意见 First opinion");
    }

    @Test
    void everyReviewingAgencysFormShowsTheSurveyWrittenOnceForAllSix() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        CaseSteps steps = new CaseSteps(taskService);
        String code = opened.getEnterprise().getCreditCode();
        steps.completeCaseTask(code, ACTIVITY_SURVEY, CaseSteps.survey(Set.of(AccessDimension.LAND), true, true));

        List<Task> reviews = steps.tasks(code, "Activity_ConductJointReview");
        assertThat(reviews).hasSize(6);
        for (Task review : reviews) {
            Map<String, Object> form = formService.getTaskFormVariables(review.getId());
            assertThat((String) form.get("surveySummary")).contains("不符合 土地 Land");
            assertThat((String) form.get(ENTERPRISE_SUMMARY)).contains(code);
            // Tasklist's list columns are the task's own
            assertThat(taskService.getVariableLocal(review.getId(), ENTERPRISE_NAME))
                    .isEqualTo(opened.getEnterprise().getName());
        }
        long written = historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(reviews.get(0).getProcessInstanceId()).variableName("surveySummary").count();
        assertThat(written).as("survey summaries written for the six tasks").isOne();
    }

    @Test
    void aClaimWithNothingNewOnTheCaseWritesNoVariable() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        CaseSteps steps = new CaseSteps(taskService);
        String code = opened.getEnterprise().getCreditCode();
        steps.completeCaseTask(code, ACTIVITY_SURVEY, CaseSteps.survey(Set.of(), true, true));
        List<Task> reviews = steps.tasks(code, "Activity_ConductJointReview");
        String review = reviews.get(0).getId();
        long before = historyService.createHistoricDetailQuery().taskId(review).variableUpdates().count();

        taskService.claim(review, "someone");

        assertThat(historyService.createHistoricDetailQuery().taskId(review).variableUpdates().count())
                .as("variable updates of the task in history").isEqualTo(before);
        assertThat((String) taskService.getVariable(review, "opinionsSummary")).isNotBlank();
    }

    @Test
    void everyRequirementNotMetWithoutANoteIsNamedAtOnce() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        Task survey = new CaseSteps(taskService).caseTask(opened.getEnterprise().getCreditCode(), ACTIVITY_SURVEY);
        Map<String, Object> form = new HashMap<>(CaseSteps.survey(
                Set.of(AccessDimension.LAND, AccessDimension.ENERGY_CONSUMPTION), true, true));
        List.of(AccessDimension.LAND, AccessDimension.ENERGY_CONSUMPTION).forEach(d -> form.put(d.noteVariable(), ""));

        assertThatThrownBy(() -> taskService.complete(survey.getId(), form))
                .hasMessageContaining("土地 Land (landNote)")
                .hasMessageContaining("能耗 Energy consumption (energyConsumptionNote)");
        assertThat(taskService.createTaskQuery().taskId(survey.getId()).count()).isOne();
    }
}
