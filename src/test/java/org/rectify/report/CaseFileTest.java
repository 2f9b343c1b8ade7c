package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.enterprise.EnterpriseCaseVariables.ACTIVITY_DECIDE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.Disposition;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One case through each path, worked over HTTP as its users work it; then its case file
 * (GET /api/cases/{id}) lists every record of that path on one timeline, in the order the work was
 * done, and a decision explains each change of disposition.
 *
 * <p>On H2 every record keeps its microseconds, so the order is exact; MySQL keeps whole seconds,
 * within which a test's steps fall together, so there the timeline's times must only never go back.
 */
@IntegrationTest
class CaseFileTest {

    /** the six joint-review opinions */
    static final List<String> OPINIONS = Collections.nCopies(Workers.REVIEWERS.size(), "OPINION");

    @Autowired TestRestTemplate http;
    @Autowired ManagementService managementService;
    @Autowired RuntimeService runtimeService;
    @Value("${spring.datasource.url}") String databaseUrl;

    PublicSurface surface;
    CasePaths paths;

    @BeforeEach
    void surface() throws Exception {
        surface = new PublicSurface(http, managementService, runtimeService);
        paths = new CasePaths(surface);
    }

    @Test
    void aCompliantCase() throws Exception {
        Opened c = open();
        JsonNode opened = surface.get(Workers.DISTRICT_OFFICE, "/cases/" + c.id);
        assertThat(opened.get("labels").get("stage").asText()).isEqualTo("调查摸底 Survey");
        assertThat(opened.get("actions")).extracting(JsonNode::asText).containsExactly("EXTEND_DEADLINE");
        paths.review(c.code, Disposition.COMPLIANT, Disposition.COMPLIANT);

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "ENDED");
        assertDecisions(file, "REVIEW:COMPLIANT");
        assertThat(file.get("labels").get("outcome").asText()).isEqualTo("符合要求 Compliant");
    }

    @Test
    void aClosedPlantWithItsLand() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.CLOSE, Disposition.CLOSE);
        paths.close(c.code, "12.5");

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "CLOSURE_NOTICE", "LAND", "CLOSURE_CHECK",
                "LICENCE_ACTION", "ENDED");
        assertDecisions(file, "REVIEW:CLOSE");
        JsonNode land = records(file, "LAND").get(0);
        assertThat(land.get("details").get("landReclaimedMu").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(land.get("details").get("landReclaimedMuBefore").isNull()).isTrue();
        assertThat(records(file, "LICENCE_ACTION").get(0).get("text").asText()).startsWith("注销 Cancelled");
    }

    @Test
    void aPendingCaseRedecidedThenClosed() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.PENDING, Disposition.PENDING);
        assertThat(surface.get(Workers.DISTRICT_OFFICE, "/cases/" + c.id).get("actions")).extracting(JsonNode::asText)
                .containsExactly("REDECIDE", "EXTEND_DEADLINE");
        assertThat(surface.get(Workers.TOWN_OFFICE, "/cases/" + c.id).get("actions")).isEmpty();
        surface.post(Workers.DISTRICT_OFFICE, "/cases/" + c.id + "/redecision", Map.of());
        surface.work(Workers.DISTRICT_OFFICE, c.code, ACTIVITY_DECIDE, CaseSteps.decision(Disposition.CLOSE,
                CasePaths.DEADLINE, "safety"));
        paths.verify(c.code, Disposition.CLOSE, Disposition.CLOSE);
        paths.close(c.code, null);

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "DECISION", "CONFIRMATION", "CLOSURE_NOTICE",
                "CLOSURE_CHECK", "LICENCE_ACTION", "ENDED");
        assertDecisions(file, "REVIEW:PENDING", "REDECISION:CLOSE");
        // the ended closure: the office and the town may still record its land; the leading group only reads
        assertThat(file.get("actions")).extracting(JsonNode::asText).containsExactly("RECORD_LAND");
        assertThat(surface.get("supervisor1", "/cases/" + c.id).get("actions")).isEmpty();
    }

    @Test
    void aDecisionAmendedAtVerification() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.PENDING, Disposition.ALREADY_STOPPED);
        paths.close(c.code, null);

        JsonNode file = assertTimeline(c, review("DECISION"), "CLOSURE_NOTICE", "CLOSURE_CHECK", "LICENCE_ACTION",
                "ENDED");
        assertDecisions(file, "REVIEW:PENDING", "VERIFICATION_AMENDMENT:ALREADY_STOPPED");
    }

    @Test
    void aRelocationIntoAPark() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.RELOCATE_TO_PARK, Disposition.RELOCATE_TO_PARK);
        paths.relocate(c.code);

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "RELOCATION_PLAN", "NEW_SITE_ACCEPTANCE",
                "CLOSURE_NOTICE", "CLOSURE_CHECK", "ENDED");
        assertDecisions(file, "REVIEW:RELOCATE_TO_PARK");
        assertThat(file.get("outcome").asText()).isEqualTo("RELOCATED");
    }

    @Test
    void aSiteConvertedToServices() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.CONVERT_TO_SERVICES, Disposition.CONVERT_TO_SERVICES);
        paths.convert(c.code);

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "CLOSURE_NOTICE", "CLOSURE_CHECK", "LAND",
                "LICENCE_ACTION", "ENDED");
        assertThat(records(file, "LAND").get(0).get("details").get("landNewUse").asText()).isEqualTo("商业 Commerce");
    }

    @Test
    void aLicenceScopeAmended() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.ADJUST_LICENCE_SCOPE, Disposition.ADJUST_LICENCE_SCOPE);
        paths.adjustLicence(c.code);

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "LICENCE_ACTION", "ENDED");
        assertThat(records(file, "LICENCE_ACTION").get(0).get("details").get("safetyLicence").asText()).isEqualTo("KEPT");
    }

    @Test
    void anUpgradeInPlace() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.RECTIFY_IN_PLACE, Disposition.RECTIFY_IN_PLACE);
        paths.upgrade(c.code, c.id, 2);

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "COMMITMENT", "DIAGNOSIS_REPORT", "HAZARD", "HAZARD",
                "PLAN_AGREED", "ROUND_OPENED", "HAZARD_RECTIFIED", "HAZARD_RECTIFIED", "HAZARD_VERIFIED",
                "HAZARD_VERIFIED", "EVALUATION", "ACCEPTANCE", "ENDED");
        JsonNode commitment = records(file, "COMMITMENT").get(0).get("details");
        assertThat(commitment.get("designFirm").asText()).isNotBlank();
        assertThat(commitment.get("evaluationFirm").asText()).isNotBlank();
        JsonNode report = records(file, "DIAGNOSIS_REPORT").get(0);
        assertThat(report.get("href").asText()).isEqualTo("/api/cases/" + c.id + "/diagnosis-reports/"
                + report.get("details").get("reportId").asLong());
        assertThat(records(file, "HAZARD")).allSatisfy(h -> {
            assertThat(h.get("details").get("status").asText()).isEqualTo("VERIFIED");
            assertThat(h.get("details").get("history")).extracting(e -> e.get("kind").asText())
                    .containsExactly("FOUND", "RECTIFIED", "VERIFIED");
        });
    }

    @Test
    void linesEliminatedThenTheRestUpgraded() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.ELIMINATE_LINES, Disposition.ELIMINATE_LINES);
        paths.eliminateLines(c.code, c.id, "植绒胶生产装置, 2", 1);

        assertTimeline(c, review("CONFIRMATION"), "CLOSURE_NOTICE", "UNITS_REMOVED", "CLOSURE_CHECK", "COMMITMENT",
                "DIAGNOSIS_REPORT", "HAZARD", "PLAN_AGREED", "ROUND_OPENED", "HAZARD_RECTIFIED", "HAZARD_VERIFIED",
                "EVALUATION", "ACCEPTANCE", "ENDED");
    }

    @Test
    void theEnterpriseSwitchesToClosureWhileRectifying() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.RECTIFY_IN_PLACE, Disposition.RECTIFY_IN_PLACE);
        paths.upToRectification(c.code, c.id, 1);
        surface.post(Workers.enterprise(c.code), "/cases/" + c.id + "/enterprise-choice",
                Map.of("choice", "CLOSE", "note", "改造投入过大 Too costly"));
        paths.close(c.code, null);

        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "COMMITMENT", "DIAGNOSIS_REPORT", "HAZARD",
                "PLAN_AGREED", "ROUND_OPENED", "DECISION", "CLOSURE_NOTICE", "CLOSURE_CHECK", "LICENCE_ACTION",
                "HAZARD_CLOSED", "ENDED");
        assertDecisions(file, "REVIEW:RECTIFY_IN_PLACE", "COMMITMENT_CHOICE:null", "ENTERPRISE_CHOICE:CLOSE");
        assertThat(file.get("disposition").asText()).isEqualTo("CLOSE");
        assertThat(records(file, "HAZARD").get(0).get("details").get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void closureOrderedAfterTheLastFailedRound() throws Exception {
        Opened c = open();
        paths.review(c.code, Disposition.RECTIFY_IN_PLACE, Disposition.RECTIFY_IN_PLACE);
        paths.upToRectification(c.code, c.id, 1);
        String hazard = surface.hazardCodes(c.id, "OPEN").get(0);
        for (int round = 1; round <= 2; round++) {
            paths.rectifyAndEvaluate(c.code, c.id);
            paths.failAcceptance(c.code, hazard);
        }
        paths.orderClosure(c.code, "两轮验收未通过 Failed twice");
        paths.close(c.code, null);

        List<String> round = List.of("HAZARD_RECTIFIED", "HAZARD_VERIFIED", "EVALUATION", "HAZARD_REOPENED", "ACCEPTANCE");
        List<String> expected = new ArrayList<>(review("CONFIRMATION"));
        expected.addAll(List.of("COMMITMENT", "DIAGNOSIS_REPORT", "HAZARD", "PLAN_AGREED", "ROUND_OPENED"));
        expected.addAll(round);
        expected.add("ROUND_OPENED");
        expected.addAll(round);
        expected.addAll(List.of("DECISION", "CLOSURE_NOTICE", "CLOSURE_CHECK", "LICENCE_ACTION", "HAZARD_CLOSED", "ENDED"));
        JsonNode file = assertTimeline(c, expected);
        assertDecisions(file, "REVIEW:RECTIFY_IN_PLACE", "COMMITMENT_CHOICE:null", "AFTER_FAILED_ROUNDS:CLOSE");
        assertThat(records(file, "DECISION").get(1).get("label").asText())
                .isEqualTo("多轮整改未通过后决定 Decision after the failed rounds");
    }

    @Test
    void landRecordedAfterTheEndIsInTheHistoryAndTheSummary() throws Exception {
        // given a closed plant of a campaign, 12.5 mu reclaimed at its closure check
        long campaignId = surface.post(Workers.DISTRICT_OFFICE, "/campaigns", Map.of("name", "补录土地 Land later "
                + System.nanoTime(), "level", "TOWN", "areaName", "西桥镇", "startDate", "2026-01-01",
                "endDate", "2027-12-31")).get("id").asLong();
        var enterprise = Enterprises.glueFactory();
        long id = surface.post(Workers.DISTRICT_OFFICE, "/cases", Map.of("enterprise", enterprise, "campaignId",
                campaignId)).get("id").asLong();
        Opened c = new Opened(id, enterprise.creditCode());
        paths.review(c.code, Disposition.CLOSE, Disposition.CLOSE);
        paths.close(c.code, "12.5");

        // when the town records the land again after the end: refused without a reason
        Rest town = Rest.as(http, Workers.TOWN_OFFICE).api();
        ResponseEntity<String> noReason = town.put("/cases/" + id + "/land", "{\"landReclaimedMu\": 15}");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("reason");
        // and accepted with one, the demolished structures added later too
        ResponseEntity<String> corrected = town.put("/cases/" + id + "/land", RestTasks.JSON.writeValueAsString(Map.of(
                "landReclaimedMu", 15, "structuresDemolishedSqm", 420, "reason", "复垦测绘后更正 Corrected after the survey")));
        assertThat(corrected.getStatusCode()).as(corrected.getBody()).isEqualTo(HttpStatus.OK);

        // then the case file keeps both recordings, the later one with the figures before it
        JsonNode file = assertTimeline(c, review("CONFIRMATION"), "CLOSURE_NOTICE", "LAND", "CLOSURE_CHECK",
                "LICENCE_ACTION", "ENDED", "LAND");
        JsonNode later = records(file, "LAND").get(1);
        assertThat(later.get("label").asText()).isEqualTo("办结后补录土地 Land recorded after the end");
        assertThat(later.get("by").asText()).isEqualTo(Workers.TOWN_OFFICE);
        JsonNode details = later.get("details");
        assertThat(details.get("afterEnd").asBoolean()).isTrue();
        assertThat(details.get("landReclaimedMuBefore").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(details.get("landReclaimedMu").decimalValue()).isEqualByComparingTo("15");
        assertThat(details.get("structuresDemolishedSqm").decimalValue()).isEqualByComparingTo("420");
        assertThat(details.get("reason").asText()).isEqualTo("复垦测绘后更正 Corrected after the survey");
        assertThat(file.get("landReclaimedMu").decimalValue()).isEqualByComparingTo("15");
        // and the summary states the corrected figure
        String summary = Rest.as(http, "supervisor1").api().get("/campaigns/" + campaignId + "/summary.html").getBody();
        assertThat(summary).contains("腾退土地15亩").doesNotContain("腾退土地12.5亩");
    }

    @Test
    void theEnterpriseSeesItsShareOfItsOwnCaseFileAndNoOtherCase() throws Exception {
        Opened mine = open();
        Opened other = open();
        paths.review(mine.code, Disposition.RECTIFY_IN_PLACE, Disposition.RECTIFY_IN_PLACE);
        paths.review(other.code, Disposition.RECTIFY_IN_PLACE, Disposition.RECTIFY_IN_PLACE);
        String enterprise = Workers.enterprise(mine.code);
        Rest as = Rest.as(http, enterprise).api();

        // its own file: the decisions, no opinions, no official's user id, no contact details
        JsonNode file = surface.get(enterprise, "/cases/" + mine.id);
        assertThat(records(file, "OPINION")).isEmpty();
        assertThat(records(file, "DECISION")).hasSize(1);
        file.get("timeline").forEach(r -> assertThat(r.get("by").isNull()).as(r.toString()).isTrue());
        assertThat(file.get("enterprise").get("contactPhone").isNull()).isTrue();
        assertThat(file.get("actions")).extracting(JsonNode::asText).containsExactly("SWITCH_PATH");
        // the search lists its own case only, whatever it asks for
        JsonNode found = surface.get(enterprise, "/cases?size=200");
        assertThat(found.get("items")).extracting(c -> c.get("id").asLong()).containsExactly(mine.id);
        assertThat(surface.get(enterprise, "/cases?creditCode=" + other.code).get("total").asLong()).isZero();
        // another enterprise's case, by its id or by one of its tasks: no such case
        assertThat(as.get("/cases/" + other.id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String othersTask = RestTasks.JSON.readTree(Rest.as(http, "supervisor1").get("/task?processInstanceBusinessKey="
                + other.code + "&maxResults=10").getBody()).get(0).get("id").asText();
        assertThat(as.get("/cases/of-task/" + othersTask).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Rest.as(http, Workers.DISTRICT_OFFICE).api().get("/cases/of-task/" + othersTask).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as.get("/cases/of-task/no-such-task").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // ------------------------------------------------------------------ helpers

    record Opened(long id, String code) {
    }

    private Opened open() throws Exception {
        var enterprise = Enterprises.glueFactory();
        JsonNode opened = surface.post(Workers.DISTRICT_OFFICE, "/cases", Map.of("enterprise", enterprise));
        return new Opened(opened.get("id").asLong(), enterprise.creditCode());
    }

    /** The opening, the survey, six opinions, the decision and what the verification added. */
    private static List<String> review(String verification) {
        List<String> kinds = new ArrayList<>(List.of("OPENED", "SURVEY"));
        kinds.addAll(OPINIONS);
        kinds.add("DECISION");
        kinds.add(verification);
        return kinds;
    }

    private JsonNode assertTimeline(Opened c, List<String> head, String... tail) throws Exception {
        List<String> expected = new ArrayList<>(head);
        expected.addAll(List.of(tail));
        JsonNode file = surface.get(Workers.DISTRICT_OFFICE, "/cases/" + c.id);
        List<String> kinds = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonNode record : file.get("timeline")) {
            kinds.add(record.get("kind").asText());
            Instant at = Instant.parse(record.get("at").asText());
            assertThat(at).as("the timeline goes forward at " + record).isAfterOrEqualTo(previous);
            previous = at;
            assertThat(record.get("label").asText()).as("every record has a label").isNotBlank();
        }
        if (databaseUrl.startsWith("jdbc:h2:")) {
            assertThat(kinds).as("case file of " + c.code).containsExactlyElementsOf(expected);
        } else {
            assertThat(kinds).as("case file of " + c.code).containsExactlyInAnyOrderElementsOf(expected);
        }
        // each section lists its own records of the timeline, in the same order
        List<String> bySection = new ArrayList<>();
        file.get("sections").forEach(s -> s.get("records").forEach(r -> {
            assertThat(r.get("section").asText()).isEqualTo(s.get("key").asText());
            bySection.add(r.get("kind").asText());
        }));
        assertThat(bySection).containsExactlyInAnyOrderElementsOf(kinds);
        return file;
    }

    /**
     * The records that set a disposition, as kind:disposition in timeline order; the last one
     * that names a disposition is the case's disposition.
     */
    private static void assertDecisions(JsonNode file, String... expected) {
        List<String> decisions = new ArrayList<>();
        String last = null;
        for (JsonNode record : file.get("timeline")) {
            JsonNode details = record.get("details");
            if (details.has("decisionKind")) {
                String disposition = details.get("disposition").isNull() ? null : details.get("disposition").asText();
                decisions.add(details.get("decisionKind").asText() + ":" + disposition);
                last = disposition == null ? last : disposition;
                assertThat(details.get("dispositionLabel").isNull()).isEqualTo(disposition == null);
            }
        }
        assertThat(decisions).containsExactly(expected);
        assertThat(last).as("the last decision is the case's disposition").isEqualTo(file.get("disposition").asText());
    }

    private static List<JsonNode> records(JsonNode file, String kind) {
        List<JsonNode> found = new ArrayList<>();
        file.get("timeline").forEach(r -> {
            if (kind.equals(r.get("kind").asText())) {
                found.add(r);
            }
        });
        return found;
    }
}
