package org.rectify.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Campaigns, standards and activities through the REST API, who may do what, and the API's documentation. */
@IntegrationTest
class CampaignApiTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Autowired TestRestTemplate http;
    @Autowired Campaigns campaigns;
    @Autowired RosterImport imports;
    @Autowired DataSource dataSource;

    @Test
    void theDistrictOfficeCreatesACampaignThatOthersRead() throws Exception {
        // given
        JsonNode standard = JSON.readTree(post("district-office1", "/standards", Map.of(
                "code", "CITY-" + System.nanoTime(), "name", "整治提升标准 Upgrade standard",
                "items", List.of(item(2, "总图布置 General layout", "道路满足消防要求 Roads allow fire engines"),
                        item(1, "总图布置 General layout", "功能分区 Areas kept apart"),
                        item(3, null, "持证上岗 Certified staff")))).getBody());
        ObjectNode plan = plan();
        plan.put("standardId", standard.get("id").asLong());

        // when
        ResponseEntity<String> created = post("district-office1", "/campaigns", plan);

        // then
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode campaign = JSON.readTree(created.getBody());
        assertThat(created.getHeaders().getLocation()).hasToString("/api/campaigns/" + campaign.get("id").asLong());
        assertThat(campaign.get("levelLabel").asText()).isEqualTo("镇（街道） Town");
        assertThat(campaign.get("standard").get("items").asInt()).isEqualTo(3);
        assertThat(campaign.get("years")).hasSize(3);
        assertThat(campaign.get("years").get(0).get("closureTarget").asInt()).isEqualTo(18);
        assertThat(campaign.get("years").get(1).get("from").asText())
                .isEqualTo(LocalDate.now().withDayOfYear(1).plusYears(1).toString());
        JsonNode read = JSON.readTree(Rest.as(http, "supervisor1").api()
                .get("/campaigns/" + campaign.get("id").asLong()).getBody());
        assertThat(read.get("name").asText()).isEqualTo(campaign.get("name").asText());
        assertThat(Rest.as(http, "town-econ-center1").api().get("/campaigns").getBody())
                .contains(campaign.get("name").asText());
        JsonNode items = JSON.readTree(Rest.as(http, "town-office1").api()
                .get("/standards/" + standard.get("id").asLong()).getBody()).get("items");
        assertThat(items.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(items.get(2).get("text").asText()).isEqualTo("持证上岗 Certified staff");
    }

    @Test
    void badPlansAreRefusedNamingTheField() throws Exception {
        ObjectNode tooMany = plan();
        ((ObjectNode) tooMany.get("yearTargets").get(1)).put("closures", 13);
        ObjectNode outside = plan();
        ((ObjectNode) outside.get("yearTargets").get(1)).put("year", 4);
        ObjectNode backwards = plan();
        backwards.put("endDate", "2000-01-01");
        ObjectNode nameless = plan();
        nameless.remove("name");

        assertRefused(post("district-office1", "/campaigns", tooMany), "closureTarget", "add up to 31");
        assertRefused(post("district-office1", "/campaigns", outside), "yearTargets[1].year", "outside");
        assertRefused(post("district-office1", "/campaigns", backwards), "endDate", "before it starts");
        assertRefused(post("district-office1", "/campaigns", nameless), "name");
        assertRefused(post("district-office1", "/standards", Map.of("code", "DUP-" + System.nanoTime(), "name", "x",
                "items", List.of(item(1, null, "a"), item(1, null, "b")))), "items[1].number");
    }

    @Test
    void onlyTheDistrictOfficeOrganisesAndAnonymousCallersLearnNothing() throws Exception {
        assertThat(post("town-office1", "/campaigns", plan()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("supervisor1", "/standards", Map.of("code", "X", "name", "x",
                "items", List.of(item(1, null, "a")))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", "/campaigns", plan()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(Rest.as(http, "environment1").api().get("/campaigns").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Rest.anonymous(http).api().get("/campaigns").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Rest.as(http, "supervisor1").api().get("/campaigns/987654321/progress").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void meetingsWithCommitmentLettersAndPublicityAreRecorded() throws Exception {
        // given a campaign with two enterprises on its roster
        Long campaignId = CampaignFixtures.freshCampaign(campaigns, dataSource, "活动测试 Activities test").id();
        List<EnterpriseDetails> producers = CampaignFixtures.producers(2);
        imports.importLedger(campaignId, Ledgers.of(producers), "district-office1");
        String meetings = "/campaigns/" + campaignId + "/meetings";

        // when
        ResponseEntity<String> meeting = post("town-office1", meetings, Map.of("heldOn", "2024-05-05",
                "kind", "PROGRESS", "title", "第二次推进会 Second progress meeting", "attendees", "21家整治企业",
                "attendeeCount", 35, "commitmentCreditCodes", List.of(producers.get(0).creditCode().toLowerCase(),
                        producers.get(1).creditCode())));
        ResponseEntity<String> stranger = post("town-office1", meetings, Map.of("heldOn", "2024-05-05",
                "kind", "PROGRESS", "title", "推进会", "commitmentCreditCodes", List.of("91350100M000100Y43")));
        ResponseEntity<String> publicity = post("town-office1", "/campaigns/" + campaignId + "/publicity",
                Map.of("recordedOn", "2024-06-01", "textMessages", 5084, "leaflets", 3000, "consultations", 600));
        ResponseEntity<String> negative = post("town-office1", "/campaigns/" + campaignId + "/publicity",
                Map.of("recordedOn", "2024-06-01", "textMessages", -1, "leaflets", 0, "consultations", 0));

        // then
        assertThat(meeting.getStatusCode()).as(meeting.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(JSON.readTree(meeting.getBody()).get("commitments")).hasSize(2);
        assertThat(JSON.readTree(meeting.getBody()).get("kindLabel").asText()).isEqualTo("推进会 Progress meeting");
        assertRefused(stranger, "commitmentCreditCodes[0]", "not on the roster");
        assertThat(publicity.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused(negative, "textMessages");
        assertThat(JSON.readTree(Rest.as(http, "supervisor1").api().get(meetings).getBody()).get(0).get("commitments")
                .get(0).get("name").asText()).startsWith("第");
        assertThat(JSON.readTree(Rest.as(http, "supervisor1").api().get("/campaigns/" + campaignId + "/publicity")
                .getBody()).get(0).get("textMessages").asInt()).isEqualTo(5084);
    }

    @Test
    void theApiIsDocumentedAtSwaggerUiBehindHttpBasic() throws Exception {
        ResponseEntity<String> docs = Rest.as(http, "supervisor1").api().get("/openapi");
        ResponseEntity<String> ui = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity("/swagger-ui/index.html", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = JSON.readTree(docs.getBody()).get("paths");
        assertThat(paths.has("/api/campaigns/{campaignId}/roster/import")).isTrue();
        assertThat(paths.has("/api/campaigns/{campaignId}/progress")).isTrue();
        assertThat(paths.has("/api/cases")).isTrue();
        assertThat(JSON.readTree(docs.getBody()).at("/components/securitySchemes/basic/scheme").asText())
                .isEqualTo("basic");
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("swagger-ui");
        assertThat(Rest.anonymous(http).api().get("/openapi").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/swagger-ui", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ObjectNode plan() {
        LocalDate begin = LocalDate.now().withDayOfYear(1);
        return JSON.valueToTree(Map.of("name", "化工整治 Campaign " + System.nanoTime(), "level", "TOWN",
                "areaName", "新桥镇", "startDate", begin.toString(), "endDate", begin.plusYears(3).minusDays(1).toString(),
                "leadingGroup", "领导小组", "closureTarget", 30, "relocationTarget", 2,
                "yearTargets", List.of(Map.of("year", 1, "closures", 18), Map.of("year", 2, "closures", 12))));
    }

    private static Map<String, Object> item(int number, String area, String text) {
        java.util.HashMap<String, Object> item = new java.util.HashMap<>();
        item.put("number", number);
        item.put("area", area);
        item.put("text", text);
        return item;
    }

    private ResponseEntity<String> post(String userId, String path, Object body) throws Exception {
        return Rest.as(http, userId).api().post(path, JSON.writeValueAsString(body));
    }

    private static void assertRefused(ResponseEntity<String> response, String... mentions) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(mentions);
    }
}
