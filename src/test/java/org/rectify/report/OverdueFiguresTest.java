package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.Roster;
import org.rectify.deadline.OpenTasks;
import org.rectify.deadline.OverdueView;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.support.CaseSteps;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Overdue work as the dashboard and the summary count it: every overdue task of the campaign's
 * cases, by agency, from the open-task register that follows the engine's tasks, and none of
 * another campaign's.
 */
@IntegrationTest
class OverdueFiguresTest {

    static final String SURVEYORS = "town-econ-center";

    @Autowired Campaigns campaigns;
    @Autowired Roster roster;
    @Autowired CampaignStart start;
    @Autowired DataSource dataSource;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired OverdueView overdue;
    @Autowired OpenTasks openTasks;
    @Autowired TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyOverdueTaskOfTheCampaignCountsAndNoneOfAnother() throws Exception {
        // given two started campaigns: three producers and two, each waiting at the survey
        CampaignView mine = ReportFixtures.freshCampaign(campaigns, dataSource, "逾期统计 Overdue figures");
        CampaignView other = ReportFixtures.freshCampaign(campaigns, dataSource, "逾期统计（另一） Overdue, other");
        List<EnterpriseDetails> producers = ReportFixtures.producers(3);
        List<EnterpriseDetails> others = ReportFixtures.producers(2);
        ReportFixtures.start(roster, start, managementService, runtimeService, mine.id(), producers);
        ReportFixtures.start(roster, start, managementService, runtimeService, other.id(), others);
        CaseSteps steps = new CaseSteps(taskService);

        // when the surveys are two months late, one producer is surveyed and one of the other campaign's cases is cancelled
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(60))));
        steps.complete(instance(producers.get(0)), EnterpriseCaseVariables.ACTIVITY_SURVEY,
                CaseSteps.survey(Set.of(), true, true));
        runtimeService.deleteProcessInstance(instance(others.get(0)).getId(), "test: the enterprise left the campaign");

        // then the campaign counts its two open surveys, the other its one, both together three
        assertThat(overdue.overdueByAgency(List.of(mine.id()))).isEqualTo(Map.of(SURVEYORS, 2L));
        assertThat(overdue.overdueByAgency(List.of(other.id()))).isEqualTo(Map.of(SURVEYORS, 1L));
        assertThat(overdue.overdueByAgency(List.of(mine.id(), other.id()))).isEqualTo(Map.of(SURVEYORS, 3L));
        // and the joint review the survey opened is not late (due two weeks after the survey)
        assertThat(overdue.overdueCases(mine.id(), SURVEYORS)).hasSize(2).containsValues(1L, 1L)
                .doesNotContainKey(caseId(producers.get(0)));
        // and the summary's difficulties and the dashboard say the same
        assertThat(Rest.as(http, "supervisor1").api().get("/campaigns/" + mine.id() + "/summary.html").getBody())
                .contains("<tr><td>镇经贸中心</td><td>2</td></tr>");
        assertThat(http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD).getForObject(
                "/rectify-dashboard/api/campaigns/" + mine.id(), String.class))
                .contains("\"overdueByAgency\":{\"" + SURVEYORS + "\":2}");

        // and a deadline extended past the moved clock takes a survey out of the count
        String late = steps.task(instance(producers.get(1)), EnterpriseCaseVariables.ACTIVITY_SURVEY).getId();
        LocalDate newDay = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
                .plusDays(10);
        assertThat(Rest.as(http, "district-office1").api().post("/tasks/" + late + "/deadline-extension",
                "{\"dueDate\":\"" + newDay + "\",\"reason\":\"企业申请延期 The enterprise asked for more time\"}")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(overdue.overdueByAgency(List.of(mine.id()))).isEqualTo(Map.of(SURVEYORS, 1L));

        // and a register lost or missing (an upgrade from before it existed) is rebuilt from the engine at start-up
        new JdbcTemplate(dataSource).update("DELETE FROM open_task_agency");
        new JdbcTemplate(dataSource).update("DELETE FROM open_task");
        openTasks.run(null);
        assertThat(overdue.overdueByAgency(List.of(mine.id(), other.id()))).isEqualTo(Map.of(SURVEYORS, 2L));
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM open_task_agency WHERE agency = 'safety'", Long.class)).isPositive();
    }

    private ProcessInstance instance(EnterpriseDetails producer) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(producer.creditCode())
                .processDefinitionKey("Process_EnterpriseCase").singleResult();
    }

    private Long caseId(EnterpriseDetails producer) {
        return new JdbcTemplate(dataSource).queryForObject("""
                select c.id from enterprise_case c join enterprise e on e.id = c.enterprise_id
                where e.credit_code = ?""", Long.class, producer.creditCode());
    }
}
