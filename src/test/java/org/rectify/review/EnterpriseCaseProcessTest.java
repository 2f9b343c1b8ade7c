package org.rectify.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.rectify.enterprise.EnterpriseCaseVariables.*;
import static org.rectify.support.CaseSteps.amendment;
import static org.rectify.support.CaseSteps.confirmation;
import static org.rectify.support.CaseSteps.decision;
import static org.rectify.support.CaseSteps.survey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the case's first half, with the records the listeners leave behind. */
@IntegrationTest
class EnterpriseCaseProcessTest {

    static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseOpening opening;
    @Autowired CaseFiles caseFiles;
    @Autowired CaseReviewService reviews;
    @Autowired EnterpriseCaseRepository cases;

    CaseSteps steps;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
        steps = new CaseSteps(taskService);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void compliantEnterpriseIsClosedAfterConfirmation() {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), 7L);
        ProcessInstance instance = instance(opened);
        assertThat(instance).isStarted().isWaitingAt(ACTIVITY_SURVEY);
        assertThat(instance).task().hasCandidateGroup("town-econ-center");
        assertThat(instance).hasBusinessKey(opened.getEnterprise().getCreditCode());

        // when
        steps.complete(instance, ACTIVITY_SURVEY, survey(Set.of(), true, true));
        List<Task> reviewTasks = steps.tasks(instance, ACTIVITY_JOINT_REVIEW);
        assertThat(reviewTasks).extracting(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("safety", "environment", "market-regulation", "natural-resources",
                        "development-reform", "quality");
        reviewTasks.forEach(t -> taskService.complete(t.getId(), CaseSteps.opinion(Disposition.COMPLIANT, "无问题 No issue")));
        assertThat(instance).isWaitingAt(ACTIVITY_DECIDE);
        assertThat(instance).task().hasCandidateGroup("district-office");
        steps.complete(instance, ACTIVITY_DECIDE, decision(Disposition.COMPLIANT, null, null));
        assertThat(instance).isWaitingAt(ACTIVITY_VERIFY);
        assertThat(instance).task().hasCandidateGroup("town-office");
        steps.complete(instance, ACTIVITY_VERIFY, confirmation());

        // then
        assertThat(instance).isEnded().hasPassed(EVENT_CLOSED_COMPLIANT);
        CaseFile file = caseFiles.get(opened.getId());
        assertThat(file.stage()).isEqualTo(CaseStage.CLOSED.name());
        assertThat(file.suggestedDisposition()).isEqualTo("COMPLIANT");
        assertThat(file.findings()).hasSize(8).allMatch(CaseFile.Finding::compliant);
        assertThat(file.opinions()).hasSize(6);
        assertThat(file.decisions()).singleElement()
                .satisfies(d -> assertThat(d.confirmedBy()).isNotNull());
    }

    @Test
    void surveyFindingsDriveTheSuggestionAndNotesLeaveTheProcess() {
        // given
        ProcessInstance instance = instance(opening.open(Enterprises.glueFactory(), null));

        // when
        steps.complete(instance, ACTIVITY_SURVEY,
                survey(Set.of(AccessDimension.SAFETY_PRODUCTION, AccessDimension.ENVIRONMENTAL_PROTECTION), true, true));

        // then
        assertThat(instance).isWaitingAt(ACTIVITY_JOINT_REVIEW).variables()
                .containsEntry(SUGGESTED_DISPOSITION, "CLOSE")
                .doesNotContainKey(AccessDimension.SAFETY_PRODUCTION.noteVariable());
        Long caseId = caseOf(instance);
        assertThat(reviews.findings(caseId))
                .filteredOn(f -> !f.isCompliant())
                .extracting(SurveyFinding::getDimension, SurveyFinding::getNote)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(AccessDimension.SAFETY_PRODUCTION, "不符合 安全生产 Safety production"),
                        org.assertj.core.groups.Tuple.tuple(AccessDimension.ENVIRONMENTAL_PROTECTION,
                                "不符合 环境保护 Environmental protection"));
        assertThat(cases.findById(caseId)).get().extracting(EnterpriseCase::getSuggestedDisposition)
                .isEqualTo(Disposition.CLOSE);
    }

    @Test
    void pendingCaseReturnsToDecisionWhenItsDeadlineIsReached() {
        // given
        ProcessInstance instance = instance(opening.open(Enterprises.glueFactory(), null));
        steps.surveyAndReview(instance, Set.of(AccessDimension.LAND), Disposition.PENDING);
        LocalDate deadline = LocalDate.now().plusDays(10);
        steps.complete(instance, ACTIVITY_DECIDE, decision(Disposition.PENDING, deadline, "town-office"));
        steps.complete(instance, ACTIVITY_VERIFY, confirmation());
        assertThat(instance).isWaitingAt(GATEWAY_PENDING_UNTIL);
        assertThat(stage(instance)).isEqualTo(CaseStage.PENDING);

        // when
        ClockUtil.setCurrentTime(Date.from(deadline.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        execute(job());

        // then
        assertThat(instance).isWaitingAt(ACTIVITY_DECIDE);
        assertThat(stage(instance)).isEqualTo(CaseStage.DECISION);
        steps.complete(instance, ACTIVITY_DECIDE, decision(Disposition.RECTIFY_IN_PLACE, NEXT_MONTH, "safety"));
        steps.complete(instance, ACTIVITY_VERIFY, confirmation());
        assertThat(instance).isWaitingAt("Activity_UpgradeInPlace");
    }

    @Test
    void districtOfficeMayRedecideAPendingCaseBeforeItsDeadline() {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        ProcessInstance instance = instance(opened);
        steps.surveyAndReview(instance, Set.of(), Disposition.PENDING);
        steps.complete(instance, ACTIVITY_DECIDE, decision(Disposition.PENDING, NEXT_MONTH, "town-office"));
        steps.complete(instance, ACTIVITY_VERIFY, confirmation());

        // when
        caseFiles.requestRedecision(opened.getId());

        // then
        assertThat(instance).isWaitingAt(ACTIVITY_DECIDE);
        // the pending deadline's timer is gone; only the new decision task's own timers remain
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Event_PendingDeadlineReached").count()).isZero();
    }

    @Test
    void redecisionIsRefusedForACaseThatIsNotPending() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);

        assertThatThrownBy(() -> caseFiles.requestRedecision(opened.getId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not pending");
    }

    /** The upgrade path (tested in rectification/) is called from here; the others are tested in closure/. */
    @ParameterizedTest
    @EnumSource(value = Disposition.class, names = {"RECTIFY_IN_PLACE", "OBTAIN_APPROVALS"})
    void upgradeDispositionsCallTheUpgradePath(Disposition disposition) {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        ProcessInstance instance = instance(opened);
        steps.surveyAndReview(instance, Set.of(AccessDimension.SAFETY_PRODUCTION), disposition);

        // when
        steps.complete(instance, ACTIVITY_DECIDE, decision(disposition, NEXT_MONTH, "safety"));
        steps.complete(instance, ACTIVITY_VERIFY, confirmation());

        // then
        assertThat(instance).isWaitingAt("Activity_UpgradeInPlace");
        EnterpriseCase handedOver = cases.findById(opened.getId()).orElseThrow();
        assertThat(handedOver.getStage()).isEqualTo(CaseStage.COMMITMENT);
        assertThat(handedOver.getOutcome()).isNull();
        assertThat(handedOver.getDisposition()).isEqualTo(disposition);
        assertThat(handedOver.getDeadline()).isEqualTo(NEXT_MONTH);
        assertThat(handedOver.getSupervisingAgency()).isEqualTo("safety");
    }

    @Test
    void verificationAmendmentKeepsBothDecisions() {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        ProcessInstance instance = instance(opened);
        steps.surveyAndReview(instance, Set.of(AccessDimension.SAFETY_PRODUCTION), Disposition.CLOSE);
        steps.complete(instance, ACTIVITY_DECIDE, decision(Disposition.CLOSE, NEXT_MONTH, "safety"));

        // when
        steps.complete(instance, ACTIVITY_VERIFY, amendment(Disposition.RECTIFY_IN_PLACE, NEXT_MONTH.plusMonths(2), "safety"));

        // then
        assertThat(instance).isWaitingAt("Activity_UpgradeInPlace");
        List<Decision> decisions = reviews.decisions(opened.getId());
        assertThat(decisions).extracting(Decision::getDisposition)
                .containsExactly(Disposition.CLOSE, Disposition.RECTIFY_IN_PLACE);
        assertThat(decisions.get(1).getAmendsId()).isEqualTo(decisions.get(0).getId());
        assertThat(decisions.get(1).getKind()).isEqualTo(Decision.Kind.VERIFICATION);
        assertThat(cases.findById(opened.getId()).orElseThrow().getDeadline()).isEqualTo(NEXT_MONTH.plusMonths(2));
    }

    @Test
    void enterpriseAddedByTheTownStartsAtVerificationAndNeedsADecision() {
        // given
        EnterpriseCase added = opening.addAtVerification(Enterprises.glueFactory(), 7L);
        ProcessInstance instance = instance(added);
        assertThat(instance).isWaitingAt(ACTIVITY_VERIFY).hasNotPassed(ACTIVITY_SURVEY);
        Task verify = steps.task(instance, ACTIVITY_VERIFY);

        // when confirming a decision that does not exist
        assertThatThrownBy(() -> taskService.complete(verify.getId(), confirmation()))
                .hasMessageContaining("no decision to confirm");

        // then an amendment gives it one
        steps.complete(instance, ACTIVITY_VERIFY, amendment(Disposition.OBTAIN_APPROVALS, NEXT_MONTH, "environment"));
        assertThat(instance).isWaitingAt("Activity_UpgradeInPlace");
        assertThat(reviews.decisions(added.getId())).singleElement()
                .satisfies(d -> assertThat(d.getAmendsId()).isNull());
        assertThat(cases.findById(added.getId()).orElseThrow().isAddedAtVerification()).isTrue();
    }

    @Test
    void decisionWithoutDeadlineOrWithPastDeadlineIsRefusedNamingTheField() {
        // given
        ProcessInstance instance = instance(opening.open(Enterprises.glueFactory(), null));
        steps.surveyAndReview(instance, Set.of(), Disposition.CLOSE);
        String task = steps.task(instance, ACTIVITY_DECIDE).getId();

        // then
        assertThatThrownBy(() -> taskService.complete(task, decision(Disposition.CLOSE, null, "safety")))
                .hasMessageContaining(DISPOSITION_DEADLINE);
        assertThatThrownBy(() -> taskService.complete(task, decision(Disposition.CLOSE, LocalDate.now().minusDays(1), "safety")))
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> taskService.complete(task, decision(Disposition.CLOSE, NEXT_MONTH, "nobody")))
                .hasMessageContaining(SUPERVISING_AGENCY);
        assertThat(instance).isWaitingAt(ACTIVITY_DECIDE);
        assertThat(reviews.decisions(caseOf(instance))).isEmpty();
    }

    @Test
    void jointReviewTaskOfOneAgencyIsNotAvailableToAnother() {
        // given
        ProcessInstance instance = instance(opening.open(Enterprises.glueFactory(), null));
        steps.complete(instance, ACTIVITY_SURVEY, survey(Set.of(), true, true));
        Task safetyReview = steps.tasks(instance, ACTIVITY_JOINT_REVIEW).stream()
                .filter(t -> taskService.getIdentityLinksForTask(t.getId()).get(0).getGroupId().equals("safety"))
                .findFirst().orElseThrow();

        // when
        processEngine.getIdentityService().setAuthentication("environment1", List.of("environment"));
        try {
            // then
            assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).listPage(0, 10))
                    .extracting(t -> t.getId()).doesNotContain(safetyReview.getId()).hasSize(1);
            assertThatThrownBy(() -> taskService.claim(safetyReview.getId(), "environment1"))
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance instance(EnterpriseCase enterpriseCase) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(enterpriseCase.getProcessInstanceId()).singleResult();
    }

    /** the case record that names the instance */
    private Long caseOf(ProcessInstance instance) {
        return cases.findIdByProcessInstanceId(instance.getId()).orElseThrow();
    }

    private CaseStage stage(ProcessInstance instance) {
        return cases.findById(caseOf(instance)).orElseThrow().getStage();
    }
}
