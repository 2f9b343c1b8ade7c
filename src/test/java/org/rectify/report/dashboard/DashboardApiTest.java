package org.rectify.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.CampaignLevel;
import org.rectify.campaign.CampaignPlan;
import org.rectify.campaign.CampaignView;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.YearTarget;
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

        // but an agency and an anonymous caller are refused
        assertThat(http.withBasicAuth("safety1", Rest.DEMO_PASSWORD).getForEntity(DATA + "/" + campaign.id(), String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth("safety1", Rest.DEMO_PASSWORD).getForEntity(DATA, String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity(DATA, String.class).getStatusCode().value()).isEqualTo(401);
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

    private void addHazard(long caseId, String status) {
        jdbc.update("insert into hazard (case_id, area, severity, standard_item, description, status, found_by)"
                + " values (?, 'GENERAL_LAYOUT', 'MAJOR', '1', 'test hazard', ?, 'design-firm1')", caseId, status);
    }
}
