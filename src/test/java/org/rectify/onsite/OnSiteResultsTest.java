package org.rectify.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.closure.ClosureVariables;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.support.CaseSteps;
import org.rectify.support.ClosureForms;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A closure verification recorded from the phone page's endpoint: once with two photos, which the
 * case file lists and which download under the case's rules; a second submission of the same task
 * (another device) refused with a message and no second record; oversized photos, files that are
 * no image and fields the form does not have refused with nothing stored.
 */
@IntegrationTest
class OnSiteResultsTest {

    /** the smallest JPEG and PNG a camera or a screenshot could give: their first bytes are what counts */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00,
            0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9};
    static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9Q"
            + "DwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired TestRestTemplate http;
    @Autowired CaseOpening opening;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;

    EnterpriseCase closing;
    String taskId;

    @BeforeEach
    void aCaseWaitingForItsClosureVerification() {
        closing = opening.open(Enterprises.glueFactory(), null);
        String code = closing.getEnterprise().getCreditCode();
        CaseSteps steps = new CaseSteps(taskService);
        steps.decideAndConfirm(runtimeService.createProcessInstanceQuery().processInstanceId(closing.getProcessInstanceId())
                .singleResult(), Disposition.CLOSE, LocalDate.now().plusMonths(1), "safety");
        steps.completeCaseTask(code, ClosureVariables.ACTIVITY_ISSUE_NOTICE, ClosureForms.notice(LocalDate.now().plusDays(20)));
        taskId = steps.caseTask(code, ClosureVariables.ACTIVITY_VERIFY_CLOSURE).getId();
    }

    @Test
    void aClosureVerificationWithTwoPhotosIsRecordedOnceAndTheSecondDeviceIsTold() throws Exception {
        // given safety1's open on-site tasks, with the closure verification's form and context
        JsonNode tasks = json(Rest.as(http, "safety1").api().get("/on-site/tasks"));
        JsonNode verify = find(tasks, taskId);
        assertThat(verify.get("activityId").asText()).isEqualTo("Activity_VerifyClosure");
        assertThat(verify.get("form").get("id").asText()).isEqualTo("Form_VerifyClosure");
        assertThat(verify.get("values").get("enterpriseSummary").asText()).contains(closing.getEnterprise().getName());
        assertThat(json(Rest.as(http, "environment1").api().get("/on-site/tasks")).findValuesAsText("id"))
                .as("another agency's phone does not get the task").doesNotContain(taskId);

        // when the inspector submits it with two photos
        ResponseEntity<String> first = submit("safety1", allDone(), List.of(photo(JPEG, "reactor-removed.jpg"),
                photo(PNG, "power-cut.png")), "device-a-" + UUID.randomUUID());

        // then the task is completed once, and the case file lists the visit and both photos
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count()).isOne();
        JsonNode file = json(Rest.as(http, "safety1").api().get("/cases/" + closing.getId()));
        List<JsonNode> photos = records(file, "SITE_PHOTO");
        assertThat(photos).extracting(p -> p.get("details").get("fileName").asText())
                .containsExactly("reactor-removed.jpg", "power-cut.png");
        assertThat(photos.get(0).get("text").asText()).contains("31.300000, 120.600000");
        assertThat(records(file, "SITE_VISIT")).singleElement().satisfies(v ->
                assertThat(v.get("text").asText()).contains("签名 signed 王检查"));
        ResponseEntity<byte[]> download = http.withBasicAuth("safety1", Rest.DEMO_PASSWORD)
                .getForEntity(photos.get(0).get("href").asText(), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(download.getBody()).isEqualTo(JPEG);
        assertThat(http.withBasicAuth("expert1", Rest.DEMO_PASSWORD).getForEntity(photos.get(0).get("href").asText(),
                String.class).getStatusCode()).as("an agency that is no party of the case").isEqualTo(HttpStatus.NOT_FOUND);

        // when a second device submits the same task, with a photo of its own
        ResponseEntity<String> second = submit("safety2", allDone(), List.of(photo(JPEG, "again.jpg")),
                "device-b-" + UUID.randomUUID());

        // then it is refused with a message, and nothing of it is recorded
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json(second).get("detail").asText()).contains("此任务已办结").contains("nothing of this submission");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site_visit WHERE task_id = ?", Integer.class, taskId)).isOne();
        assertThat(records(json(Rest.as(http, "safety1").api().get("/cases/" + closing.getId())), "SITE_PHOTO")).hasSize(2);
    }

    @Test
    void theSameSubmissionSentAgainAfterALostAnswerIsTheFirstOne() throws Exception {
        String key = "device-a-" + UUID.randomUUID();
        assertThat(submit("safety1", allDone(), List.of(photo(JPEG, "a.jpg")), key).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> again = submit("safety1", allDone(), List.of(photo(JPEG, "a.jpg")), key);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(again).get("repeated").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site_photo p JOIN site_visit v ON v.id = p.visit_id"
                + " WHERE v.task_id = ?", Integer.class, taskId)).isOne();
    }

    @Test
    void oversizedPhotosFilesThatAreNoImageAndForeignFieldsAreRefusedWithNothingStored() throws Exception {
        int documents = jdbc.queryForObject("SELECT COUNT(*) FROM document_content", Integer.class);
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(JPEG, 0, huge, 0, JPEG.length);
        ResponseEntity<String> tooLarge = submit("safety1", allDone(), List.of(photo(JPEG, "ok.jpg"), photo(huge, "huge.jpg")),
                "device-a-" + UUID.randomUUID());
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(tooLarge).get("detail").asText()).contains("photos[1] huge.jpg").contains("照片过大");

        ResponseEntity<String> notAnImage = submit("safety1", allDone(), List.of(photo("%PDF-1.4 report".getBytes(),
                "report.jpg")), "device-a-" + UUID.randomUUID());
        assertThat(notAnImage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(notAnImage).get("detail").asText()).contains("photos[0] report.jpg").contains("不是照片");

        Map<String, Object> foreign = allDone();
        foreign.put("caseId", Map.of("value", 1, "type", "Long"));
        ResponseEntity<String> extra = submit("safety1", foreign, List.of(), "device-a-" + UUID.randomUUID());
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(extra).get("detail").asText()).contains("caseId").contains("not a field of this task's form");

        assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site_visit WHERE task_id = ?", Integer.class, taskId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content", Integer.class)).isEqualTo(documents);
    }

    /** The closure verification's fields, every item done, in the engine REST shape. */
    private static Map<String, Object> allDone() {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String item : List.of("productionStopped", "materialsDisposed", "equipmentDismantled", "utilitiesCut")) {
            variables.put(item, Map.of("value", true, "type", "Boolean"));
        }
        variables.put("closureCheckNote", Map.of("value", "反应釜已拆除，已断电 Reactor dismantled, power cut", "type", "String"));
        return variables;
    }

    private ResponseEntity<String> submit(String user, Map<String, Object> variables, List<HttpEntity<?>> photos,
                                          String clientKey) throws Exception {
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("variables", variables);
        submission.put("signedName", "王检查");
        submission.put("signedAt", "2026-12-08T08:30:00Z");
        submission.put("clientKey", clientKey);
        List<Map<String, Object>> facts = new ArrayList<>();
        photos.forEach(p -> facts.add(Map.of("takenAt", "2026-12-08T08:20:00Z", "latitude", 31.3, "longitude", 120.6)));
        submission.put("photos", facts);
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("submission", new HttpEntity<>(RestTasks.JSON.writeValueAsString(submission), jsonPart));
        photos.forEach(p -> parts.add("photos", p));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, Rest.DEMO_PASSWORD).postForEntity("/api/on-site/tasks/" + taskId + "/result",
                new HttpEntity<>(parts, headers), String.class);
    }

    private static HttpEntity<?> photo(byte[] content, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.IMAGE_JPEG);
        headers.setContentDispositionFormData("photos", name);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return RestTasks.JSON.readTree(response.getBody());
    }

    private static JsonNode find(JsonNode tasks, String id) {
        for (JsonNode task : tasks) {
            if (task.get("id").asText().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("no task " + id + " among " + tasks.findValuesAsText("id"));
    }

    private static List<JsonNode> records(JsonNode file, String kind) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode record : file.path("timeline")) {
            if (kind.equals(record.path("kind").asText())) {
                found.add(record);
            }
        }
        return found;
    }
}
