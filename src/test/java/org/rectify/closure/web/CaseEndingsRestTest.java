package org.rectify.closure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.closure.ClosureVariables.*;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_DECIDE;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_JOINT_REVIEW;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_SURVEY;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_VERIFY;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.closure.ClosureService;
import org.rectify.closure.EliminatedUnit;
import org.rectify.closure.LicenceAction;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseCaseRepository;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.RestTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A closure and a relocation driven to their end by the demo users of each agency, through REST. */
@IntegrationTest
class CaseEndingsRestTest {

    static final List<String> PANEL = List.of("safety", "environment", "market-regulation", "natural-resources",
            "development-reform", "quality");

    @Autowired TestRestTemplate http;
    @Autowired ClosureService closures;
    @Autowired EnterpriseCaseRepository cases;

    RestTasks tasks;

    @BeforeEach
    void restTasks() {
        tasks = new RestTasks(http);
    }

    @Test
    void aFailedClosureCheckKeepsTheCaseOpenUntilItsReCheck() throws Exception {
        // given
        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        String code = opened.get("creditCode").asText();
        review(code, Disposition.CLOSE);

        // when
        tasks.work("district-office1", code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(15)));
        tasks.work("safety1", code, ACTIVITY_VERIFY_CLOSURE, ClosureForms.check(false, LocalDate.now().plusDays(5)));
        // the re-check waits for its date; the inspector's second visit is driven by the timer in CaseEndingsTest
        assertThat(cases.findById(opened.get("id").asLong()).orElseThrow().isEnded()).isFalse();
        EnterpriseCase reloaded = cases.findById(opened.get("id").asLong()).orElseThrow();
        assertThat(closures.record(reloaded.getId()).checks()).singleElement()
                .satisfies(c -> assertThat(c.getCheckedBy()).isEqualTo("safety1"));
    }

    @Test
    void relocatedEnterpriseEndsAfterTheOldSiteIsClosed() throws Exception {
        // given
        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        String code = opened.get("creditCode").asText();
        long caseId = opened.get("id").asLong();
        review(code, Disposition.RELOCATE_TO_PARK);

        // when
        // the relocation plan is the enterprise's own task, for its own account only
        String account = "ent-" + code.toLowerCase();
        tasks.work(account, code, ACTIVITY_PLAN_RELOCATION, ClosureForms.relocationPlan());
        tasks.work("safety1", code, ACTIVITY_ACCEPT_NEW_SITE, ClosureForms.newSite(true));
        tasks.work("district-office1", code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(30)));
        Map<String, Object> check = new HashMap<>(ClosureForms.check(true, null));
        check.put(LAND_RECLAIMED_MU, 16.4);
        check.put(STRUCTURES_DEMOLISHED_SQM, 1200.0);
        tasks.work("safety2", code, ACTIVITY_VERIFY_CLOSURE, check);

        // then
        EnterpriseCase ended = cases.findById(caseId).orElseThrow();
        assertThat(ended.getOutcome()).isEqualTo(CaseOutcome.RELOCATED);
        assertThat(ended.getLandReclaimedMu()).isEqualByComparingTo("16.4");
        assertThat(ended.getStructuresDemolishedSqm()).isEqualByComparingTo("1200");
        assertThat(closures.record(caseId).relocations()).singleElement()
                .satisfies(p -> assertThat(p.getPlannedBy()).isEqualTo(account));
    }

    @Test
    void eliminatedLinesAndAClosureAreDrivenToTheirEndByTheAgencies() throws Exception {
        // given
        JsonNode opened = tasks.openCase(Enterprises.glueFactory());
        String code = opened.get("creditCode").asText();
        long caseId = opened.get("id").asLong();
        review(code, Disposition.ELIMINATE_LINES);

        // when eliminating lines, the closure part records the units removed
        tasks.work("district-office1", code, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(15)));
        Map<String, Object> check = new HashMap<>(ClosureForms.check(true, null));
        check.put(ELIMINATED_UNITS, "氧化钴土法生产装置, 16");
        check.put(LAND_RECLAIMED_MU, 4.0);
        tasks.work("safety1", code, ACTIVITY_VERIFY_CLOSURE, check);

        // then
        assertThat(closures.record(caseId).units()).extracting(EliminatedUnit::getUnitType, EliminatedUnit::getUnitCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("氧化钴土法生产装置", 16));
        assertThat(cases.findById(caseId).orElseThrow().getLandReclaimedMu()).isEqualByComparingTo("4");

        // and a plain closure through to the licence
        JsonNode closed = tasks.openCase(Enterprises.glueFactory());
        String closedCode = closed.get("creditCode").asText();
        review(closedCode, Disposition.CLOSE);
        tasks.work("district-office1", closedCode, ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(15)));
        tasks.work("safety1", closedCode, ACTIVITY_VERIFY_CLOSURE, ClosureForms.check(true, null));
        tasks.work("market-regulation1", closedCode, ACTIVITY_CHANGE_LICENCE, ClosureForms.licence("CANCELLED"));
        EnterpriseCase ended = cases.findById(closed.get("id").asLong()).orElseThrow();
        assertThat(ended.getOutcome()).isEqualTo(CaseOutcome.CLOSED);
        assertThat(closures.record(ended.getId()).licenceActions()).singleElement().satisfies(a -> {
            assertThat(a.getAction()).isEqualTo(LicenceAction.Action.CANCELLED);
            assertThat(a.getSafetyLicence()).isEqualTo(LicenceAction.PermitFate.REVOKED);
            assertThat(a.getRecordedBy()).isEqualTo("market-regulation1");
        });
    }

    private void review(String code, Disposition disposition) throws Exception {
        tasks.work("town-econ-center1", code, ACTIVITY_SURVEY, CaseSteps.survey(Set.of(), true, true));
        for (String agency : PANEL) {
            tasks.work(agency + "1", code, ACTIVITY_JOINT_REVIEW, CaseSteps.opinion(disposition, agency + " 同意"));
        }
        tasks.work("district-office1", code, ACTIVITY_DECIDE,
                CaseSteps.decision(disposition, LocalDate.now().plusMonths(2), "safety"));
        tasks.work("town-office1", code, ACTIVITY_VERIFY, CaseSteps.confirmation());
    }
}
