package org.rectify.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.rectify.closure.ClosureVariables.*;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_DECIDE;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_VERIFY;
import static org.rectify.support.ClosureForms.check;
import static org.rectify.support.ClosureForms.licence;
import static org.rectify.support.ClosureForms.newSite;
import static org.rectify.support.ClosureForms.notice;
import static org.rectify.support.ClosureForms.relocationPlan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rectify.closure.LicenceAction.Action;
import org.rectify.enterprise.CaseLifecycle;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.review.CaseFiles;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.UpgradeSteps;
import org.springframework.beans.factory.annotation.Autowired;

/** Every disposition from hand-over to the end of the case, with what each path records. */
@IntegrationTest
class CaseEndingsTest {

    static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseOpening opening;
    @Autowired CaseFiles caseFiles;
    @Autowired CaseLifecycle lifecycle;
    @Autowired ClosureService closures;
    @Autowired EnterpriseCaseRepository cases;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired org.rectify.rectification.IntermediaryRegister firms;
    @Autowired org.rectify.rectification.DiagnosisReports reports;
    @Autowired org.rectify.rectification.HazardRegister hazards;

    CaseSteps steps;
    UpgradeSteps upgrade;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
        steps = new CaseSteps(taskService);
        upgrade = new UpgradeSteps(steps, firms, reports, hazards);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @EnumSource(Disposition.class)
    void everyDispositionHasAPathToAnEnd(Disposition disposition) {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        ProcessInstance instance = instance(opened);
        String code = opened.getEnterprise().getCreditCode();

        // when
        if (disposition == Disposition.PENDING) {
            steps.decideAndConfirm(instance, Disposition.PENDING, NEXT_MONTH, "town-office");
            caseFiles.requestRedecision(opened.getId());
            steps.complete(instance, ACTIVITY_DECIDE, org.rectify.support.CaseSteps.decision(Disposition.COMPLIANT, null, null));
            steps.complete(instance, ACTIVITY_VERIFY, org.rectify.support.CaseSteps.confirmation());
        } else {
            steps.decideAndConfirm(instance, disposition, NEXT_MONTH, "safety");
            driveToEnd(code, opened.getId(), disposition);
        }

        // then
        assertThat(instance).isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        EnterpriseCase ended = cases.findById(opened.getId()).orElseThrow();
        switch (disposition) {
            case PENDING -> assertThat(ended.getOutcome()).isEqualTo(CaseOutcome.COMPLIANT);
            default -> {
                assertThat(ended.getOutcome()).isEqualTo(CaseOutcome.of(disposition));
                assertThat(ended.isEnded()).isTrue();
            }
        }
    }

    @Test
    void closureIsCheckedAgainUntilEveryItemIsDoneThenTheLicenceIsCancelled() {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        ProcessInstance instance = instance(opened);
        String code = opened.getEnterprise().getCreditCode();
        steps.decideAndConfirm(instance, Disposition.CLOSE, NEXT_MONTH, "safety");
        assertThat(steps.caseTask(code, ACTIVITY_ISSUE_NOTICE).getDueDate()).isNotNull();
        steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(20)));

        // when the first check finds materials still on site
        LocalDate recheck = LocalDate.now().plusDays(7);
        steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check(false, recheck));

        // then nothing passes until the re-check
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey(ACTIVITY_VERIFY_CLOSURE).count()).isZero();
        assertThat(cases.findById(opened.getId()).orElseThrow().isEnded()).isFalse();
        moveClockTo(recheck.plusDays(1));
        executeDueJobs(code, EVENT_RECHECK_DATE_REACHED);
        steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check(true, null));
        steps.completeCaseTask(code, ACTIVITY_CHANGE_LICENCE, licence("CANCELLED"));

        assertThat(instance).isEnded().hasPassed("Event_CaseEnded");
        ClosureService.ClosureRecord record = closures.record(opened.getId());
        assertThat(record.checks()).extracting(ClosureCheck::isComplete).containsExactly(false, true);
        assertThat(record.checks().get(0).getRecheckDate()).isEqualTo(recheck);
        assertThat(record.licenceActions()).singleElement().extracting(LicenceAction::getAction)
                .isEqualTo(Action.CANCELLED);
        EnterpriseCase ended = cases.findById(opened.getId()).orElseThrow();
        assertThat(ended.getOutcome()).isEqualTo(CaseOutcome.CLOSED);
        assertThat(ended.getClosedAt()).isNotNull();
    }

    @Test
    void aFailedCheckWithoutReCheckDateIsRefusedNamingWhatIsMissing() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        steps.decideAndConfirm(instance(opened), Disposition.ALREADY_STOPPED, NEXT_MONTH, "safety");
        steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(3)));
        String verify = steps.caseTask(code, ACTIVITY_VERIFY_CLOSURE).getId();

        assertThatThrownBy(() -> taskService.complete(verify, check(false, null)))
                .hasMessageContaining(RECHECK_DATE)
                .hasMessageContaining("materials disposed of");
        assertThat(closures.record(opened.getId()).checks()).isEmpty();
    }

    @Test
    void eliminatedLinesAreCountedThenTheRestIsUpgraded() {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        ProcessInstance instance = instance(opened);
        steps.decideAndConfirm(instance, Disposition.ELIMINATE_LINES, NEXT_MONTH, "safety");
        steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(30)));
        String verify = steps.caseTask(code, ACTIVITY_VERIFY_CLOSURE).getId();
        assertThatThrownBy(() -> taskService.complete(verify, check(true, null))).hasMessageContaining(ELIMINATED_UNITS);

        // when
        Map<String, Object> form = new java.util.HashMap<>(check(true, null));
        form.put(ELIMINATED_UNITS, "植绒胶生产装置, 8\n双氧水生产线，1");
        form.put(LAND_RECLAIMED_MU, 3.5);
        taskService.complete(verify, form);

        // then
        assertThat(instance).isWaitingAt("Activity_UpgradeInPlace");
        assertThat(closures.record(opened.getId()).units())
                .extracting(EliminatedUnit::getUnitType, EliminatedUnit::getUnitCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("植绒胶生产装置", 8),
                        org.assertj.core.groups.Tuple.tuple("双氧水生产线", 1));
        assertThat(cases.findById(opened.getId()).orElseThrow().getLandReclaimedMu()).isEqualByComparingTo("3.5");
    }

    @Test
    void relocationIsReplannedWhenTheNewSiteFailsAndEndsWithTheOldSiteClosed() {
        // given
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        ProcessInstance instance = instance(opened);
        steps.decideAndConfirm(instance, Disposition.RELOCATE_TO_PARK, NEXT_MONTH, "safety");

        // when
        steps.completeCaseTask(code, ACTIVITY_PLAN_RELOCATION, relocationPlan());
        steps.completeCaseTask(code, ACTIVITY_ACCEPT_NEW_SITE, newSite(false));
        steps.completeCaseTask(code, ACTIVITY_PLAN_RELOCATION, relocationPlan());
        steps.completeCaseTask(code, ACTIVITY_ACCEPT_NEW_SITE, newSite(true));
        steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(30)));
        steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check(true, null));

        // then
        assertThat(instance).isEnded();
        assertThat(closures.record(opened.getId()).relocations()).extracting(RelocationPlan::getSiteAccepted)
                .containsExactly(false, true);
        assertThat(closures.record(opened.getId()).notices()).singleElement()
                .extracting(ClosureNotice::getClosureKind).isEqualTo(Disposition.RELOCATE_TO_PARK);
        assertThat(cases.findById(opened.getId()).orElseThrow().getOutcome()).isEqualTo(CaseOutcome.RELOCATED);
    }

    @Test
    void conversionToServicesRecordsTheLandsNewUseAndAmendsTheLicence() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        steps.decideAndConfirm(instance(opened), Disposition.CONVERT_TO_SERVICES, NEXT_MONTH, "safety");
        steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(30)));
        steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check(true, null));
        assertThat(runtimeService.getVariable(steps.caseTask(code, ACTIVITY_RECORD_LAND_REUSE).getExecutionId(),
                "disposition")).isEqualTo("CONVERT_TO_SERVICES");

        steps.completeCaseTask(code, ACTIVITY_RECORD_LAND_REUSE,
                Map.of(LAND_NEW_USE, "小微企业科创园 Small-business innovation park", LAND_RECLAIMED_MU, 12.6));
        assertThat(runtimeService.getVariable(steps.caseTask(code, ACTIVITY_CHANGE_LICENCE).getExecutionId(),
                LICENCE_ACTION_PROPOSED)).isEqualTo("SCOPE_AMENDED");
        steps.completeCaseTask(code, ACTIVITY_CHANGE_LICENCE, licence("SCOPE_AMENDED"));

        EnterpriseCase ended = cases.findById(opened.getId()).orElseThrow();
        assertThat(ended.getOutcome()).isEqualTo(CaseOutcome.CONVERTED);
        assertThat(ended.getLandNewUse()).startsWith("小微企业科创园");
        assertThat(ended.getLandReclaimedMu()).isEqualByComparingTo(new BigDecimal("12.6"));
    }

    @Test
    void licenceScopeAdjustmentGoesStraightToMarketRegulation() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        String code = opened.getEnterprise().getCreditCode();
        steps.decideAndConfirm(instance(opened), Disposition.ADJUST_LICENCE_SCOPE, NEXT_MONTH, "market-regulation");

        assertThat(steps.caseTask(code, ACTIVITY_CHANGE_LICENCE)).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(steps.caseTask(code, ACTIVITY_CHANGE_LICENCE).getId()))
                .extracting(l -> l.getGroupId()).contains("market-regulation");
        steps.completeCaseTask(code, ACTIVITY_CHANGE_LICENCE, licence("SCOPE_AMENDED"));

        assertThat(closures.record(opened.getId()).notices()).isEmpty();
        assertThat(cases.findById(opened.getId()).orElseThrow().getOutcome()).isEqualTo(CaseOutcome.LICENCE_AMENDED);
    }

    @Test
    void anEndedCaseRefusesChanges() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);
        steps.decideAndConfirm(instance(opened), Disposition.COMPLIANT, null, null);

        assertThatThrownBy(() -> lifecycle.recordLand(opened.getId(), BigDecimal.ONE, null, null, "补录 Late", "town-office1"))
                .isInstanceOf(EnterpriseCase.CaseEndedException.class)
                .hasMessageContaining("can no longer be changed");
        assertThatThrownBy(() -> caseFiles.requestRedecision(opened.getId()))
                .hasMessageContaining("can no longer be changed");
        org.springframework.http.ResponseEntity<String> land = Rest.as(http, "town-office1").api()
                .put("/cases/" + opened.getId() + "/land", "{\"landReclaimedMu\": 2.5}");
        assertThat(land.getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.CONFLICT);
        assertThat(land.getBody()).contains("can no longer be changed");
        assertThat(Rest.as(http, "district-office1").api().post("/cases/" + opened.getId() + "/redecision", "")
                .getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.CONFLICT);
    }

    @Test
    void landFiguresOfAnOpenCaseAreRecordedThroughTheApi() {
        EnterpriseCase opened = opening.open(Enterprises.glueFactory(), null);

        org.springframework.http.ResponseEntity<String> land = Rest.as(http, "town-office1").api()
                .put("/cases/" + opened.getId() + "/land", "{\"landReclaimedMu\": 2.5, \"structuresDemolishedSqm\": 340}");
        org.springframework.http.ResponseEntity<String> negative = Rest.as(http, "town-office1").api()
                .put("/cases/" + opened.getId() + "/land", "{\"landReclaimedMu\": -1}");

        assertThat(land.getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.OK);
        assertThat(cases.findById(opened.getId()).orElseThrow().getStructuresDemolishedSqm()).isEqualByComparingTo("340");
        assertThat(negative.getStatusCode()).isEqualTo(org.springframework.http.HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody()).contains("landReclaimedMu");
    }

    private void driveToEnd(String code, Long caseId, Disposition disposition) {
        switch (disposition) {
            case CLOSE, ALREADY_STOPPED, CONVERT_TO_SERVICES -> {
                steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(10)));
                steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check(true, null));
                if (disposition == Disposition.CONVERT_TO_SERVICES) {
                    steps.completeCaseTask(code, ACTIVITY_RECORD_LAND_REUSE, Map.of(LAND_NEW_USE, "商业 Commerce"));
                }
                steps.completeCaseTask(code, ACTIVITY_CHANGE_LICENCE,
                        licence(disposition == Disposition.CONVERT_TO_SERVICES ? "SCOPE_AMENDED" : "CANCELLED"));
            }
            case ADJUST_LICENCE_SCOPE -> steps.completeCaseTask(code, ACTIVITY_CHANGE_LICENCE, licence("SCOPE_AMENDED"));
            case RELOCATE_TO_PARK -> {
                steps.completeCaseTask(code, ACTIVITY_PLAN_RELOCATION, relocationPlan());
                steps.completeCaseTask(code, ACTIVITY_ACCEPT_NEW_SITE, newSite(true));
                steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(10)));
                steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, check(true, null));
            }
            case ELIMINATE_LINES -> {
                steps.completeCaseTask(code, ACTIVITY_ISSUE_NOTICE, notice(LocalDate.now().plusDays(10)));
                Map<String, Object> form = new java.util.HashMap<>(check(true, null));
                form.put(ELIMINATED_UNITS, "纸管胶生产装置, 2");
                steps.completeCaseTask(code, ACTIVITY_VERIFY_CLOSURE, form);
                upgrade.upgrade(code, caseId);
            }
            case RECTIFY_IN_PLACE, OBTAIN_APPROVALS -> upgrade.upgrade(code, caseId);
            default -> {
                // COMPLIANT ends when the review does
            }
        }
    }

    private ProcessInstance instance(EnterpriseCase enterpriseCase) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(enterpriseCase.getProcessInstanceId()).singleResult();
    }

    private static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    /** Runs the due timer of one activity in the case, as the job executor would. */
    void executeDueJobs(String code, String activityId) {
        for (Job job : managementService.createJobQuery().processInstanceId(
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                        .processDefinitionKey(CLOSURE_PROCESS_ID).singleResult().getId())
                .activityId(activityId).list()) {
            managementService.executeJob(job.getId());
        }
    }

}
