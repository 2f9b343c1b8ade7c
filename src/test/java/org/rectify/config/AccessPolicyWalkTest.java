package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.rectification.RectificationVariables.ACTIVITY_SIGN_COMMITMENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rectify.deadline.EscalationProcess;
import org.junit.jupiter.api.TestInstance;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.rectification.Intermediary;
import org.rectify.rectification.IntermediaryRegister;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.rectify.support.Inspections;
import org.rectify.support.UpgradeSteps;
import org.rectify.inspection.EquipmentInspectionVariables;
import org.rectify.inspection.EquipmentRegisters;
import org.rectify.inspection.InspectionCampaigns;
import org.rectify.inspection.InspectionPlan;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Walks docs/access-policy.md: a task at every user task of every process deployed with the
 * application, in one case (A) that went the upgrade path and then everywhere else; a second case
 * (B) just opened. A user of every group, the two enterprises' accounts and users of hired and
 * not hired firms try every operation on every task and every case endpoint; each answer is held
 * against the table, written out here apart from the code that enforces it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyWalkTest {

    /** one user of every group (the demo users) */
    static final List<String> GROUP_USERS = List.of("town-econ-center1", "town-office1", "district-office1",
            "safety1", "environment1", "market-regulation1", "natural-resources1", "development-reform1", "quality1",
            "design-firm1", "design-firm2", "evaluation-firm1", "evaluation-firm2", "expert1", "enterprise1",
            "supervisor1");
    /** the demo firms' certificates: case A hires the first design and the first evaluation firm */
    static final String HIRED_DESIGN = "A132000001";
    static final String HIRED_EVALUATION = "APJ-(苏)-001";
    static final Set<String> OFFICES = Set.of("district-office1", "town-office1", "supervisor1");

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired CaseOpening opening;
    @Autowired IntermediaryRegister firms;
    @Autowired IdentityService identityService;
    @Autowired EquipmentRegisters registers;
    @Autowired InspectionCampaigns inspectionCampaigns;

    /** the two inspectors drawn for the unit of the walk's equipment inspection */
    static final List<String> INSPECTORS = List.of("walk-inspector1", "walk-inspector2");

    EnterpriseCase caseA;
    EnterpriseCase caseB;
    String accountA;
    String accountB;
    List<String> users;
    /** every open task of case A by activity, and the one survey of case B */
    final Map<String, Task> tasksOfA = new LinkedHashMap<>();
    Task surveyOfB;
    /** the tasks of one drawn unit's equipment inspection, a process of no case */
    final Map<String, Task> inspectionTasks = new LinkedHashMap<>();

    @BeforeAll
    void casesWithATaskAtEveryUserTask() {
        CaseSteps steps = new CaseSteps(taskService);
        caseA = opening.open(Enterprises.glueFactory(), null);
        caseB = opening.open(Enterprises.glueFactory(), null);
        accountA = "ent-" + caseA.getEnterprise().getCreditCode().toLowerCase();
        accountB = "ent-" + caseB.getEnterprise().getCreditCode().toLowerCase();
        users = new ArrayList<>(GROUP_USERS);
        users.addAll(List.of(accountA, accountB));
        users.addAll(INSPECTORS);
        String code = caseA.getEnterprise().getCreditCode();
        steps.decideAndConfirm(instance(caseA.getProcessInstanceId()), Disposition.RECTIFY_IN_PLACE,
                LocalDate.now().plusMonths(2), "safety");
        steps.completeCaseTask(code, ACTIVITY_SIGN_COMMITMENT, UpgradeSteps.commitment("UPGRADE",
                firm(Intermediary.Kind.DESIGN_FIRM, HIRED_DESIGN), firm(Intermediary.Kind.EVALUATION_FIRM, HIRED_EVALUATION)));

        // the case's own process, then each process it calls, started where the case calls it
        Map<String, String> instanceOf = new LinkedHashMap<>();
        instanceOf.put("Process_EnterpriseCase", caseA.getProcessInstanceId());
        instanceOf.put("Process_UpgradeInPlace", subInstance(caseA.getProcessInstanceId(), "Process_UpgradeInPlace", null));
        instanceOf.put("Process_Closure", subInstance(caseA.getProcessInstanceId(), "Process_Closure", "Activity_ClosePlant"));
        instanceOf.put("Process_LicenceChange", subInstance(caseA.getProcessInstanceId(), "Process_LicenceChange",
                "Activity_HandleLicence"));
        instanceOf.put("Process_Relocation", subInstance(caseA.getProcessInstanceId(), "Process_Relocation",
                "Activity_RelocateToPark"));
        instanceOf.forEach((key, instanceId) -> {
            for (UserTask userTask : userTasks(key)) {
                if (openTasks(code, userTask.getId()).isEmpty()) {
                    // a multi-instance task starts with its body, one task per element of its collection
                    String start = userTask.getLoopCharacteristics() == null ? userTask.getId()
                            : userTask.getId() + "#multiInstanceBody";
                    runtimeService.createProcessInstanceModification(instanceId).startBeforeActivity(start)
                            .setVariable("rectificationDeadline", new Date(System.currentTimeMillis() + 30L * 86_400_000))
                            .execute();
                }
            }
        });
        // and an escalation of one of them, called as a late task's timeout calls it
        String late = openTasks(code, "Activity_SurveyEnterprise").get(0).getId();
        runtimeService.createProcessInstanceModification(caseA.getProcessInstanceId())
                .startBeforeActivity(EscalationProcess.CALL_ESCALATION)
                .setVariableLocal(EscalationProcess.OVERDUE_TASK_ID, late).execute();
        instanceOf.put(EscalationProcess.PROCESS_ID, subInstance(caseA.getProcessInstanceId(), EscalationProcess.PROCESS_ID,
                EscalationProcess.CALL_ESCALATION));
        instanceOf.put(EquipmentInspectionVariables.PROCESS_ID, equipmentInspection());
        List<String> processes = deployedProcessesWithUserTasks();
        assertThat(instanceOf.keySet()).as("every deployed process with user tasks has an instance in the walk")
                .containsExactlyInAnyOrderElementsOf(processes);
        instanceOf.remove(EquipmentInspectionVariables.PROCESS_ID);
        instanceOf.forEach((key, instanceId) -> userTasks(key).forEach(userTask -> {
            List<Task> open = openTasks(code, userTask.getId());
            assertThat(open).as(userTask.getId()).isNotEmpty();
            // the joint review has one task per agency: each is walked
            open.forEach(task -> tasksOfA.put(userTask.getId() + "#" + task.getId(), task));
        }));
        surveyOfB = taskService.createTaskQuery().processInstanceId(caseB.getProcessInstanceId()).singleResult();
    }

    @Test
    void everyUserTaskAnswersEachUserAsThePolicyTableSays() throws Exception {
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        Map<String, Task> walked = new LinkedHashMap<>(tasksOfA);
        walked.put("B:" + surveyOfB.getTaskDefinitionKey(), surveyOfB);
        walked.putAll(inspectionTasks);
        // tasks side by side, the users of one task one after the other (their claims would collide)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> walks = new ArrayList<>();
            walked.forEach((label, task) -> walks.add(pool.submit(() -> walk(label, task, violations))));
            for (Future<?> walk : walks) {
                walk.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(violations).as("answers outside docs/access-policy.md").isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseA.getEnterprise().getCreditCode())
                .count()).as("no task was completed by the walk").isEqualTo(tasksOfA.size());
    }

    private void walk(String label, Task task, List<String> violations) {
        Set<String> workers = workersOf(task);
        if (workers.isEmpty()) {
            violations.add(label + ": nobody on the policy table works it");
        }
        for (String user : users) {
            boolean works = workers.contains(user);
            boolean reads = works || user.equals("supervisor1");
            Rest rest = Rest.as(http, user);
            String path = "/task/" + task.getId();
            expect(violations, label, user, "read", rest.get(path), reads ? ok() : refused());
            expect(violations, label, user, "variables", rest.get(path + "/variables"), reads ? ok() : refused());
            ResponseEntity<String> claimed = rest.post(path + "/claim", "{\"userId\":\"" + user + "\"}");
            expect(violations, label, user, "claim", claimed, works ? Set.of(204) : refused());
            if (claimed.getStatusCode().value() == 204) {
                expect(violations, label, user, "unclaim", rest.post(path + "/unclaim", "{}"), Set.of(204));
            }
            // a variable the form does not have: those who work the task hear why, others that it does not exist
            expect(violations, label, user, "complete",
                    rest.post(path + "/complete", "{\"variables\":{\"caseId\":{\"value\":" + caseB.getId() + "}}}"),
                    works ? Set.of(400) : refused());
            expect(violations, label, user, "write variable",
                    rest.put(path + "/variables/caseId", "{\"value\":" + caseB.getId() + "}"), refused());
            expect(violations, label, user, "comment", rest.post(path + "/comment/create", "{\"message\":\"核实 checked\"}"),
                    works ? Set.of(200) : refused());
        }
    }

    @Test
    void everyCaseEndpointAnswersEachUserAsThePolicyTableSays() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String user : users) {
            for (EnterpriseCase enterpriseCase : List.of(caseA, caseB)) {
                boolean sees = sees(user, enterpriseCase);
                Rest api = Rest.as(http, user).api();
                String label = enterpriseCase == caseA ? "case A" : "case B";
                Set<Integer> expected = sees ? ok() : Set.of(404);
                ResponseEntity<String> file = api.get("/cases/" + enterpriseCase.getId());
                expect(violations, label, user, "case file", file, expected);
                expect(violations, label, user, "extensions", api.get("/cases/" + enterpriseCase.getId()
                        + "/deadline-extensions"), expected);
                expect(violations, label, user, "hazards", api.get("/hazards?caseId=" + enterpriseCase.getId()), expected);
                expect(violations, label, user, "reports", api.get("/cases/" + enterpriseCase.getId()
                        + "/diagnosis-reports"), expected);
                if (sees && enterpriseCase == caseA) {
                    JsonNode read = RestTasks.JSON.readTree(file.getBody());
                    boolean external = !internal(user);
                    if (external != read.get("opinions").isEmpty()
                            || external != read.get("decisions").get(0).get("decidedBy").isNull()) {
                        violations.add(label + " / " + user + " / share: opinions " + read.get("opinions").size()
                                + ", decidedBy " + read.get("decisions").get(0).get("decidedBy"));
                    }
                }
            }
        }
        assertThat(violations).as("answers outside docs/access-policy.md").isEmpty();
    }

    /** The panel of the joint review (rectify.joint-review.agencies): one task each. */
    static final Set<String> PANEL = Set.of("safety1", "environment1", "market-regulation1", "natural-resources1",
            "development-reform1", "quality1");

    /** Who works a task, by the table in docs/access-policy.md; inspectors are market-regulation users too. */
    private Set<String> workersOf(Task task) {
        Set<String> workers = byPolicyTable(task);
        if (!workers.contains("market-regulation1")) {
            return workers;
        }
        Set<String> withInspectors = new java.util.HashSet<>(workers);
        withInspectors.addAll(INSPECTORS);
        return withInspectors;
    }

    private Set<String> byPolicyTable(Task task) {
        String account = task.getProcessInstanceId().equals(caseB.getProcessInstanceId()) ? accountB : accountA;
        String activity = task.getTaskDefinitionKey();
        if (activity.equals(EscalationProcess.ESCALATE_TASK)) {
            return Set.of("district-office1");
        }
        if (activity.equals(EquipmentInspectionVariables.INSPECT_UNIT)
                || activity.equals(EquipmentInspectionVariables.RECHECK_RECTIFICATION)) {
            // the unit's two drawn inspectors, and no one else of the bureau
            return Set.copyOf(INSPECTORS);
        }
        return switch (activity) {
            case "Activity_SurveyEnterprise" -> Set.of("town-econ-center1");
            case "Activity_ConductJointReview" -> {
                // each panel agency has its own task: the one its candidate group names, if it is on the panel
                String group = taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId() + "1";
                yield PANEL.contains(group) ? Set.of(group) : Set.of();
            }
            case "Activity_DecideDisposition", "Activity_IssueClosureNotice", "Activity_DecideAfterFailedRounds" ->
                    Set.of("district-office1");
            case "Activity_VerifyOnSite", "Activity_RecordLandReuse" -> Set.of("town-office1");
            case "Activity_AgreeRectificationPlan", "Activity_AcceptNewSite", "Activity_VerifyClosure",
                 "Activity_ConductOnSiteAcceptance" -> Set.of("safety1");
            case "Activity_ChangeLicence" -> Set.of("market-regulation1");
            case "Activity_SignCommitment", "Activity_RectifyHazards", "Activity_PlanRelocation" -> Set.of(account);
            case "Activity_DiagnoseSafetyFacilities" -> Set.of("design-firm1");
            case "Activity_EvaluateSafety" -> Set.of("evaluation-firm1");
            default -> throw new AssertionError("a user task the policy table does not list: " + activity);
        };
    }

    /** Which cases a user sees by the table: case A had a task of every agency, case B only the survey. */
    private boolean sees(String user, EnterpriseCase enterpriseCase) {
        boolean a = enterpriseCase == caseA;
        if (OFFICES.contains(user)) {
            return true;
        }
        return switch (user) {
            case "town-econ-center1" -> true;
            case "safety1", "environment1", "market-regulation1", "natural-resources1", "development-reform1",
                 "quality1", "design-firm1", "evaluation-firm1" -> a;
            // members of market regulation, a party to case A
            case "walk-inspector1", "walk-inspector2" -> a;
            default -> a ? user.equals(accountA) : user.equals(accountB);
        };
    }

    private boolean internal(String user) {
        return !user.startsWith("ent-") && !user.contains("firm");
    }

    private static Set<Integer> ok() {
        return Set.of(200);
    }

    private static Set<Integer> refused() {
        return Set.of(403, 404);
    }

    private static void expect(List<String> violations, String task, String user, String operation,
                               ResponseEntity<String> answer, Set<Integer> allowed) {
        if (!allowed.contains(answer.getStatusCode().value())) {
            violations.add(task + " / " + user + " / " + operation + ": " + answer.getStatusCode().value()
                    + " (expected " + allowed + ") " + (answer.getBody() == null ? "" : answer.getBody()
                    .substring(0, Math.min(160, answer.getBody().length()))));
        }
    }

    /**
     * A drawn unit's equipment inspection, with its two tasks open: the inspection on site and the
     * re-check; its instance id.
     */
    private String equipmentInspection() {
        INSPECTORS.forEach(user -> Inspections.inspector(identityService, registers, user));
        String unit = Inspections.creditCode(1);
        String township = "走查镇 Walk township";
        registers.importRegister(Inspections.register(registers.template(), unit, township));
        LocalDate today = LocalDate.now();
        Long campaign = inspectionCampaigns.create(new InspectionPlan("走查 Walk", "景泰县", null, today,
                today.plusMonths(1), 1, List.of(), List.of(), List.of(township), true, 10), "market-regulation1").id();
        inspectionCampaigns.draw(campaign, 1L, "market-regulation1");
        inspectionCampaigns.start(campaign);
        String instanceId = inspectionCampaigns.inspections(campaign).get(0).processInstanceId();
        runtimeService.createProcessInstanceModification(instanceId)
                .startBeforeActivity(EquipmentInspectionVariables.RECHECK_RECTIFICATION)
                .setVariable("rectificationDeadline", new Date(System.currentTimeMillis() + 30L * 86_400_000))
                .execute();
        taskService.createTaskQuery().processInstanceId(instanceId).list()
                .forEach(task -> inspectionTasks.put("I:" + task.getTaskDefinitionKey(), task));
        assertThat(inspectionTasks).hasSize(2);
        return instanceId;
    }

    private Long firm(Intermediary.Kind kind, String certificate) {
        return firms.ofKind(kind).stream().filter(f -> f.getCertificateNumber().equals(certificate)).findFirst()
                .orElseThrow().getId();
    }

    private ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** The called instance of a process, started through its call activity when it does not run yet. */
    private String subInstance(String rootId, String processKey, String callActivity) {
        ProcessInstance running = runtimeService.createProcessInstanceQuery().superProcessInstanceId(rootId)
                .processDefinitionKey(processKey).singleResult();
        if (running == null) {
            runtimeService.createProcessInstanceModification(rootId).startBeforeActivity(callActivity).execute();
            running = runtimeService.createProcessInstanceQuery().superProcessInstanceId(rootId)
                    .processDefinitionKey(processKey).singleResult();
        }
        return running.getId();
    }

    private List<Task> openTasks(String code, String activityId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(activityId).list();
    }

    private List<String> deployedProcessesWithUserTasks() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> d.getResourceName().startsWith("processes/"))
                .map(ProcessDefinition::getKey)
                .filter(key -> !userTasks(key).isEmpty())
                .toList();
    }

    private List<UserTask> userTasks(String processKey) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return List.copyOf(repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class));
    }
}
