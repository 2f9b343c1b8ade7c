package org.rectify.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters, the same for every agency: each resolves "my tasks" and "my agency's tasks"
 * for whoever opens it (the engine's {@code currentUser()}), so an agency group created later in
 * Camunda Admin has them too. Everyone may read them, nobody but an administrator change them.
 * Tasklist opens the first one, 本机构待办; every list is sorted by due date, earliest first, and
 * names the enterprise and its credit code.
 */
@Component
class TaskFilters {

    /** The filter Tasklist opens first. */
    static final String AGENCY_TASKS = "本机构待办";
    static final String MY_TASKS = "我的待办";
    static final String DUE_SOON = "即将到期";
    static final String OVERDUE = "已逾期";
    /** The one filter of earlier versions, which the four replace. */
    static final String FORMER_FILTER = "待办任务 Tasks";

    private static final String CURRENT_USER = "${currentUser()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationGrants grants;

    TaskFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
    }

    void ensure() {
        filterService.createFilterQuery().filterName(FORMER_FILTER).list()
                .forEach(former -> filterService.deleteFilter(former.getId()));
        ensure(AGENCY_TASKS, -40, "本机构（含本人）可办理的全部任务，含已由同事签收的，按到期时间排列 "
                + "Tasks of your agency and your own, claimed or not, earliest due first",
                query -> agencyScope(query));
        ensure(MY_TASKS, -30, "已由本人签收的任务 Tasks you have claimed",
                query -> query.taskAssigneeExpression(CURRENT_USER));
        ensure(DUE_SOON, -20, "三个工作日内到期、尚未逾期的任务 Tasks due within three working days",
                query -> agencyScope(query).dueAfterExpression("${now()}")
                        .dueBeforeExpression("${taskDueDates.dueSoonBefore()}"));
        ensure(OVERDUE, -10, "已过到期时间仍未办结的任务 Tasks past their due date",
                query -> agencyScope(query).dueBeforeExpression("${now()}"));
    }

    /** The tasks the current user may work: as a candidate, through a group, or as the assignee. */
    private static TaskQuery agencyScope(TaskQuery query) {
        return query.taskCandidateUserExpression(CURRENT_USER).includeAssignedTasks();
    }

    private void ensure(String name, int priority, String description, UnaryOperator<TaskQuery> criteria) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(criteria.apply(taskService.createTaskQuery()).orderByDueDate().asc());
        filter.setProperties(Map.of(
                "description", description,
                "priority", priority,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", EnterpriseCaseVariables.ENTERPRISE_NAME, "label", "企业 Enterprise"),
                        Map.of("name", EnterpriseCaseVariables.CREDIT_CODE, "label", "统一社会信用代码 Credit code"))));
        filterService.saveFilter(filter);
        grants.grantEveryone(FILTER, filter.getId(), READ);
    }
}
