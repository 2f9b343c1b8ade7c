package org.rectify.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import static org.rectify.closure.ClosureVariables.ACTIVITY_ISSUE_NOTICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignLevel;
import org.rectify.campaign.CampaignPlan;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.YearTarget;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The data of the Cockpit campaign dashboard: the progress API's figures, for the leading group only. */
@IntegrationTest
class DashboardApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DATA = "/rectify-dashboard/api/campaigns";

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseOpening opening;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void supervisorAndAdminReadTheProgressFiguresAndAgenciesAreRefused() throws Exception {
        // given a campaign with three cases: two surveyed (one decided for closure, with land and hazards)
        CampaignView campaign = freshCampaign();
        long closed = addCase(campaign.id(), "DECISION", "CLOSE", "12.50");
        addCase(campaign.id(), "SURVEY", null, null);
        addCase(campaign.id(), "SURVEY", null, "1.25");
        addHazard(closed, "VERIFIED");
        addHazard(closed, "OPEN");

        // when the supervisor reads the dashboard and the progress
        ResponseEntity<String> answer = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity(DATA + "/" + campaign.id(), String.class);
        JsonNode progress = JSON.readTree(Rest.as(http, "supervisor1").api()
                .get("/campaigns/" + campaign.id() + "/progress").getBody());

        // then the dashboard carries the progress API's figures and its own
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        JsonNode dashboard = JSON.readTree(answer.getBody());
        assertThat(dashboard.get("progress").get("cases").asLong()).isEqualTo(3).isEqualTo(progress.get("cases").asLong());
        assertThat(dashboard.get("progress").get("byStage")).isEqualTo(progress.get("byStage"));
        assertThat(dashboard.get("progress").get("byDisposition")).isEqualTo(progress.get("byDisposition"));
        assertThat(dashboard.get("progress").get("targets")).isEqualTo(progress.get("targets"));
        assertThat(dashboard.get("progress").get("targets").get("closures").get("decided").asLong()).isEqualTo(1);
        assertThat(dashboard.get("hazards").get("found").asLong()).isEqualTo(2);
        assertThat(dashboard.get("hazards").get("closed").asLong()).isEqualTo(1);
        assertThat(dashboard.get("land").get("reclaimedMu").decimalValue()).isEqualByComparingTo("13.75");
        assertThat(dashboard.get("overdueByAgency").isObject()).isTrue();
        assertThat(dashboard.get("agencies").get("town-econ-center").asText()).isEqualTo("镇经贸中心 Town economic and trade centre");

        // and the numbers lead to their cases
        JsonNode surveyed = JSON.readTree(http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity(DATA + "/" + campaign.id() + "/cases?dimension=stage&code=SURVEY", String.class).getBody());
        assertThat(surveyed).hasSize(2);
        JsonNode undecided = JSON.readTree(http.withBasicAuth("admin", Rest.DEMO_PASSWORD)
                .getForEntity(DATA + "/" + campaign.id() + "/cases?dimension=disposition&code=none", String.class)
                .getBody());
        assertThat(undecided).hasSize(2);

        // and the campaign list is there for the picker, for the admin too
        ResponseEntity<String> list = http.withBasicAuth("admin", Rest.DEMO_PASSWORD).getForEntity(DATA, String.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody()).contains(campaign.name());

        // and the ledger and the drafted summary download from the dashboard with the same figures
        ResponseEntity<byte[]> ledger = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity(DATA + "/" + campaign.id() + "/ledger.xlsx", byte[].class);
        assertThat(ledger.getStatusCode().value()).isEqualTo(200);
        assertThat(ledger.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD).getForEntity(DATA + "/" + campaign.id()
                + "/summary.html", String.class).getBody()).contains("腾退土地13.75亩")
                .doesNotContain("复垦");
        assertThat(http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD).getForEntity(DATA + "/" + campaign.id()
                + "/summary.docx?lang=en", byte[].class).getHeaders().getContentType().toString())
                .contains("wordprocessingml");

        // but an agency and an anonymous caller are refused
        assertThat(http.withBasicAuth("safety1", Rest.DEMO_PASSWORD).getForEntity(DATA + "/" + campaign.id(), String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth("safety1", Rest.DEMO_PASSWORD).getForEntity(DATA + "/" + campaign.id()
                + "/summary.html", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth("safety1", Rest.DEMO_PASSWORD).getForEntity(DATA, String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity(DATA, String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void everyNumberListsExactlyTheCasesItCounts() throws Exception {
        // given a campaign (years from January 1st) whose cases were decided and ended in its first two years
        CampaignView campaign = freshCampaign();
        Long id = campaign.id();
        LocalDate year1 = campaign.startDate().plusDays(100);
        LocalDate year2 = campaign.startDate().plusYears(1).plusDays(100);
        long closeDue1 = addCase(id, "DECISION", "CLOSE", null);
        setEnd(closeDue1, year1, null, null, null);
        long stoppedDue2 = addCase(id, "DECISION", "ALREADY_STOPPED", null);
        setEnd(stoppedDue2, year2, null, null, null);
        long closed1 = addCase(id, "CLOSED", "CLOSE", "12.50");
        setEnd(closed1, year1, "CLOSED", year1.minusDays(20), "300.00");
        long converted2 = addCase(id, "CLOSED", "CONVERT_TO_SERVICES", "1.25");
        setEnd(converted2, year2, "CONVERTED", year2, null);
        long relocateDue1 = addCase(id, "RELOCATION", "RELOCATE_TO_PARK", null);
        setEnd(relocateDue1, year1, null, null, null);
        long relocated1 = addCase(id, "CLOSED", "RELOCATE_TO_PARK", null);
        setEnd(relocated1, year1, "RELOCATED", year1, null);
        // upgraded in place at first, closed in the end: achieved, though never decided for closure
        long closedAnyway = addCase(id, "CLOSED", "RECTIFY_IN_PLACE", "0");
        setEnd(closedAnyway, year1, "CLOSED", year1.plusDays(3), null);
        addCase(id, "SURVEY", null, null);
        addHazard(closeDue1, "VERIFIED");
        addHazard(closeDue1, "OPEN");
        addHazard(closeDue1, "OPEN");
        addHazard(closed1, "VERIFIED");
        addHazard(closed1, "VERIFIED");
        // and one case through the real process: decided for closure, its closure notice late
        EnterpriseCase real = opening.open(Enterprises.glueFactory(), id);
        new CaseSteps(taskService).decideAndConfirm(runtimeService.createProcessInstanceQuery()
                .processInstanceId(real.getProcessInstanceId()).singleResult(), Disposition.CLOSE,
                LocalDate.now().plusMonths(1), "safety");
        Task notice = new CaseSteps(taskService).caseTask(real.getEnterprise().getCreditCode(), ACTIVITY_ISSUE_NOTICE);
        ClockUtil.setCurrentTime(Date.from(notice.getDueDate().toInstant().plus(Duration.ofDays(1))));

        // when the supervisor reads the dashboard
        JsonNode dashboard = JSON.readTree(http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity(DATA + "/" + id, String.class).getBody());
        JsonNode targets = dashboard.get("progress").get("targets");

        // then each target figure lists exactly its cases (the real case counts where its deadline falls)
        assertThat(targets.get("closures").get("decided").asLong()).isEqualTo(5);
        assertThat(ids(cases(id, "target", "closures-decided")))
                .isEqualTo(Set.of(closeDue1, stoppedDue2, closed1, converted2, real.getId()));
        assertThat(ids(cases(id, "target", "closures-achieved"))).isEqualTo(Set.of(closed1, converted2, closedAnyway))
                .hasSize(targets.get("closures").get("achieved").asInt());
        assertThat(ids(cases(id, "target", "relocations-decided"))).isEqualTo(Set.of(relocateDue1, relocated1))
                .hasSize(targets.get("relocations").get("decided").asInt());
        assertThat(ids(cases(id, "target", "relocations-achieved"))).isEqualTo(Set.of(relocated1))
                .hasSize(targets.get("relocations").get("achieved").asInt());
        for (JsonNode year : targets.get("years")) {
            int n = year.get("year").asInt();
            for (String figure : List.of("closuresDue", "closuresAchieved", "relocationsDue", "relocationsAchieved")) {
                String code = (figure.startsWith("closures") ? "closures" : "relocations")
                        + (figure.endsWith("Due") ? "-due-" : "-achieved-") + n;
                assertThat(cases(id, "target", code)).as(code).hasSize(year.get(figure).asInt());
            }
        }
        Set<Long> due1 = ids(cases(id, "target", "closures-due-1"));
        assertThat(due1).contains(closeDue1, closed1).doesNotContain(stoppedDue2, converted2);
        assertThat(ids(cases(id, "target", "closures-due-2"))).contains(stoppedDue2, converted2);
        assertThat(ids(cases(id, "target", "closures-achieved-1"))).isEqualTo(Set.of(closed1, closedAnyway));
        assertThat(ids(cases(id, "target", "closures-achieved-2"))).isEqualTo(Set.of(converted2));
        assertThat(ids(cases(id, "target", "relocations-due-1"))).isEqualTo(Set.of(relocateDue1, relocated1));
        assertThat(ids(cases(id, "target", "relocations-achieved-1"))).isEqualTo(Set.of(relocated1));
        assertThat(targets.get("years").get(0).get("closuresAchieved").asLong()).isEqualTo(2);

        // and the hazards figures count the hazards of the cases listed
        JsonNode found = cases(id, "hazards", "found");
        JsonNode verified = cases(id, "hazards", "closed");
        assertThat(ids(found)).isEqualTo(Set.of(closeDue1, closed1));
        assertThat(sum(found, "hazards")).isEqualByComparingTo(dashboard.get("hazards").get("found").decimalValue())
                .isEqualByComparingTo("5");
        assertThat(sum(verified, "hazards")).isEqualByComparingTo(dashboard.get("hazards").get("closed").decimalValue())
                .isEqualByComparingTo("3");

        // and the land figures are the sum over the cases listed (those with none are left out)
        JsonNode land = cases(id, "land", "reclaimed");
        assertThat(ids(land)).isEqualTo(Set.of(closed1, converted2));
        assertThat(sum(land, "landReclaimedMu"))
                .isEqualByComparingTo(dashboard.get("land").get("reclaimedMu").decimalValue())
                .isEqualByComparingTo("13.75");
        assertThat(sum(cases(id, "land", "demolished"), "structuresDemolishedSqm"))
                .isEqualByComparingTo(dashboard.get("land").get("demolishedSqm").decimalValue())
                .isEqualByComparingTo("300");

        // and each agency's overdue figure is the sum of the overdue tasks of the cases listed
        JsonNode overdue = dashboard.get("overdueByAgency");
        assertThat(overdue.has("district-office")).as(overdue.toString()).isTrue();
        for (Iterator<String> agencies = overdue.fieldNames(); agencies.hasNext(); ) {
            String agency = agencies.next();
            JsonNode listed = cases(id, "overdue", agency);
            assertThat(sum(listed, "overdueTasks")).as(agency).isEqualByComparingTo(overdue.get(agency).decimalValue());
        }
        assertThat(ids(cases(id, "overdue", "district-office"))).contains(real.getId());

        // and the total: every case of the campaign, with the count in a header
        ResponseEntity<String> all = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity(DATA + "/" + id + "/cases?dimension=all", String.class);
        assertThat(JSON.readTree(all.getBody())).hasSize(dashboard.get("progress").get("cases").asInt()).hasSize(9);
        assertThat(all.getHeaders().getFirst("X-Total-Count")).isEqualTo("9");
        assertThat(all.getHeaders().getFirst("X-Truncated")).isEqualTo("false");
    }

    @Test
    void anUnknownDimensionOrCodeIsRefusedNamingTheParameter() throws Exception {
        CampaignView campaign = freshCampaign();
        String cases = DATA + "/" + campaign.id() + "/cases";
        for (String query : List.of("?dimension=colour&code=red", "?dimension=target&code=closures-someday",
                "?dimension=target&code=closures-due-9", "?dimension=hazards&code=open",
                "?dimension=land&code=forest", "?dimension=stage&code=NOWHERE", "?dimension=overdue")) {
            ResponseEntity<String> answer = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                    .getForEntity(cases + query, String.class);
            assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(answer.getBody()).get("detail").asText()).as(query)
                    .startsWith(query.startsWith("?dimension=colour") ? "dimension:" : "code:");
        }
    }

    private JsonNode cases(Long campaignId, String dimension, String code) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD).getForEntity(
                DATA + "/" + campaignId + "/cases?dimension=" + dimension + "&code=" + code, String.class);
        assertThat(answer.getStatusCode().value()).as("%s %s: %s", dimension, code, answer.getBody()).isEqualTo(200);
        JsonNode list = JSON.readTree(answer.getBody());
        assertThat(answer.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(list.size()));
        return list;
    }

    private static Set<Long> ids(JsonNode cases) {
        Set<Long> ids = new TreeSet<>();
        cases.forEach(c -> ids.add(c.get("id").asLong()));
        assertThat(ids).hasSize(cases.size());
        return ids;
    }

    private static BigDecimal sum(JsonNode cases, String field) {
        return StreamSupport.stream(cases.spliterator(), false)
                .map(c -> c.get(field).decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theCockpitSessionIsTheCallerOfTheData() {
        assertThat(withSession("supervisor1", "cockpit").getStatusCode().value()).isEqualTo(200);
        assertThat(withSession("admin", "cockpit").getStatusCode().value()).isEqualTo(200);
        // an agency has no Cockpit; its Tasklist session is refused the data
        assertThat(withSession("safety1", "tasklist").getStatusCode().value()).isEqualTo(403);
    }

    /** Logs in on the login page of the webapp and reads the dashboard's data with that session. */
    private ResponseEntity<String> withSession(String user, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
        Map<String, String> cookies = new LinkedHashMap<>();
        collect(cookies, page.getHeaders());
        HttpHeaders headers = new HttpHeaders();
        headers.set("Cookie", cookieHeader(cookies));
        headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>("username=" + user + "&password=" + Rest.DEMO_PASSWORD, headers),
                String.class);
        assertThat(login.getStatusCode().value()).as("login of %s to %s: %s", user, app, login.getBody()).isEqualTo(200);
        collect(cookies, login.getHeaders());
        HttpHeaders session = new HttpHeaders();
        session.set("Cookie", cookieHeader(cookies));
        return http.exchange(DATA, HttpMethod.GET,
                new HttpEntity<>(session), String.class);
    }

    private static void collect(Map<String, String> cookies, HttpHeaders headers) {
        for (String setCookie : headers.getOrEmpty("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A campaign whose id no case uses yet (other tests open cases with made-up campaign ids). */
    private CampaignView freshCampaign() {
        LocalDate begin = LocalDate.now().withDayOfYear(1);
        while (true) {
            CampaignView campaign = campaigns.create(new CampaignPlan("看板测试 Dashboard test " + UUID.randomUUID(),
                    CampaignLevel.TOWN, "新桥镇", begin, begin.plusYears(3).minusDays(1), null, null, 30, 2,
                    List.of(new YearTarget(1, 18, null), new YearTarget(2, 12, null))), "district-office1");
            Long used = jdbc.queryForObject("select count(*) from enterprise_case where campaign_id = ?", Long.class,
                    campaign.id());
            if (used == 0) {
                return campaign;
            }
        }
    }

    private long addCase(Long campaignId, String stage, String disposition, String landMu) {
        String code = ("DB" + UUID.randomUUID().toString().replace("-", "")).substring(0, 18).toUpperCase();
        jdbc.update("insert into enterprise (credit_code, name, business_type) values (?, ?, 'PRODUCER')",
                code, "看板企业 " + code);
        Long enterpriseId = jdbc.queryForObject("select id from enterprise where credit_code = ?", Long.class, code);
        jdbc.update("insert into enterprise_case (enterprise_id, campaign_id, stage, disposition, land_reclaimed_mu)"
                + " values (?, ?, ?, ?, ?)", enterpriseId, campaignId, stage, disposition,
                landMu == null ? null : new BigDecimal(landMu));
        return jdbc.queryForObject("select id from enterprise_case where enterprise_id = ?", Long.class, enterpriseId);
    }

    /** The deadline of the disposition, the outcome with its day (at noon) and the structures demolished. */
    private void setEnd(long caseId, LocalDate deadline, String outcome, LocalDate closedOn, String demolishedSqm) {
        jdbc.update("update enterprise_case set deadline = ?, outcome = ?, closed_at = ?, structures_demolished_m2 = ?"
                + " where id = ?", deadline, outcome, closedOn == null ? null : Timestamp.valueOf(closedOn.atTime(12, 0)),
                demolishedSqm == null ? null : new BigDecimal(demolishedSqm), caseId);
    }

    private void addHazard(long caseId, String status) {
        jdbc.update("insert into hazard (case_id, area, severity, standard_item, description, status, found_by)"
                + " values (?, 'GENERAL_LAYOUT', 'MAJOR', '1', 'test hazard', ?, 'design-firm1')", caseId, status);
    }
}
