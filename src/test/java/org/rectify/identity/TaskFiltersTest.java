package org.rectify.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_SURVEY;
import static org.rectify.enterprise.EnterpriseCaseVariables.CREDIT_CODE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.deadline.TaskDueDates;
import org.rectify.enterprise.CaseOpening;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The four Tasklist filters every agency user has, and what each lists for whom. */
@IntegrationTest
class TaskFiltersTest {

    @Autowired CaseOpening opening;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired TaskDueDates dueDates;

    Task overdue;
    Task dueSoon;
    Task dueLater;

    @BeforeEach
    void threeSurveysWithDueDates() {
        overdue = survey(Instant.now().minus(1, ChronoUnit.DAYS));
        dueSoon = survey(Instant.now().plus(1, ChronoUnit.HOURS));
        dueLater = survey(Instant.now().plus(30, ChronoUnit.DAYS));
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void anAgencyUserSeesItsAgencysTasksEarliestDueFirst() {
        List<String> listed = listedAs("town-econ-center1", "town-econ-center", TaskFilters.AGENCY_TASKS);

        assertThat(listed).containsSubsequence(overdue.getId(), dueSoon.getId(), dueLater.getId());
        assertThat(listedAs("safety1", "safety", TaskFilters.AGENCY_TASKS))
                .doesNotContain(overdue.getId(), dueSoon.getId(), dueLater.getId());
    }

    @Test
    void overdueAndDueSoonListOnlyTheirTasks() {
        assertThat(listedAs("town-econ-center1", "town-econ-center", TaskFilters.OVERDUE))
                .contains(overdue.getId()).doesNotContain(dueSoon.getId(), dueLater.getId());
        assertThat(listedAs("town-econ-center1", "town-econ-center", TaskFilters.DUE_SOON))
                .contains(dueSoon.getId()).doesNotContain(overdue.getId(), dueLater.getId());
    }

    @Test
    void aClaimedTaskIsInMyTasksAndStaysInMyAgencysTasks() {
        taskService.claim(dueLater.getId(), "town-econ-center1");

        assertThat(listedAs("town-econ-center1", "town-econ-center", TaskFilters.MY_TASKS))
                .contains(dueLater.getId()).doesNotContain(overdue.getId(), dueSoon.getId());
        assertThat(listedAs("town-econ-center2", "town-econ-center", TaskFilters.MY_TASKS))
                .doesNotContain(dueLater.getId());
        assertThat(listedAs("town-econ-center2", "town-econ-center", TaskFilters.AGENCY_TASKS))
                .contains(dueLater.getId());
    }

    @Test
    void everyListNamesTheEnterpriseAndItsCreditCode() {
        for (String name : List.of(TaskFilters.AGENCY_TASKS, TaskFilters.MY_TASKS, TaskFilters.DUE_SOON,
                TaskFilters.OVERDUE)) {
            Filter filter = filter(name);
            assertThat(filter.getProperties().get("variables")).asList()
                    .extracting(v -> (Object) ((Map<?, ?>) v).get("name")).containsExactly("enterpriseName", "creditCode");
        }
        assertThat((String) taskService.getVariableLocal(dueSoon.getId(), CREDIT_CODE)).hasSize(18);
        assertThat(filterService.createFilterQuery().filterName("待办任务 Tasks").count()).isZero();
    }

    @Test
    void everyoneReadsTheFiltersAndNoAgencyChangesThem() {
        for (String name : List.of(TaskFilters.AGENCY_TASKS, TaskFilters.MY_TASKS, TaskFilters.DUE_SOON,
                TaskFilters.OVERDUE)) {
            String id = filter(name).getId();
            assertThat(authorizationService.isUserAuthorized("safety1", List.of("safety"), Permissions.READ,
                    Resources.FILTER, id)).isTrue();
            // a group created later in Camunda Admin has them too
            assertThat(authorizationService.isUserAuthorized("clerk-of-a-new-agency", List.of("new-agency"),
                    Permissions.READ, Resources.FILTER, id)).isTrue();
            assertThat(authorizationService.isUserAuthorized("safety1", List.of("safety"), Permissions.UPDATE,
                    Resources.FILTER, id)).isFalse();
            assertThat(authorizationService.isUserAuthorized("safety1", List.of("safety"), Permissions.DELETE,
                    Resources.FILTER, id)).isFalse();
        }
    }

    @Test
    void dueSoonEndsWithTheThirdWorkingDay() {
        // Thursday 2026-12-03: Friday, Monday and Tuesday are the three working days after it
        ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 12, 3, 15, 0)));
        assertThat(dueDates.dueSoonBefore()).isEqualTo(date(LocalDateTime.of(2026, 12, 9, 0, 0)));
        // Wednesday 2026-12-30: Thursday, then 2027-01-01..03 are the New Year holiday, then Monday, Tuesday
        ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 12, 30, 9, 0)));
        assertThat(dueDates.dueSoonBefore()).isEqualTo(date(LocalDateTime.of(2027, 1, 6, 0, 0)));
    }

    private Task survey(Instant due) {
        String code = opening.open(Enterprises.glueFactory(), null).getEnterprise().getCreditCode();
        Task task = new CaseSteps(taskService).caseTask(code, ACTIVITY_SURVEY);
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        return task;
    }

    private List<String> listedAs(String user, String group, String filterName) {
        identityService.setAuthentication(user, List.of(group));
        try {
            List<Task> tasks = filterService.listPage(filter(filterName).getId(), 0, 2000);
            return tasks.stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Filter filter(String name) {
        return filterService.createFilterQuery().filterName(name).singleResult();
    }

    private static Date date(LocalDateTime local) {
        return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
    }
}
