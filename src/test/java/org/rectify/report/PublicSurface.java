package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.campaign.CampaignFixtures;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A campaign driven the way its users drive it, over HTTP only: the ledger filled into the
 * downloaded template and imported, each task found, claimed and submitted in Tasklist's way with
 * the fields of its deployed Camunda form (a key the form does not have, or a value its type or
 * options refuse, fails the replay before it is sent), reports uploaded to the upload endpoint.
 * The one thing not done over HTTP is running the campaign start's batch jobs, which the job
 * executor does in production and the tests do themselves.
 */
final class PublicSurface {

    static final String DISTRICT = "district-office1";

    private final TestRestTemplate http;
    private final ManagementService jobExecutor;
    private final RuntimeService processes;
    /** activity id: its form's editable fields, key to (type, allowed values or empty) */
    private final Map<String, Map<String, FormField>> forms = new HashMap<>();
    private int tasks;

    record FormField(String type, List<String> values) {
    }

    PublicSurface(TestRestTemplate http, ManagementService jobExecutor, RuntimeService processes) {
        this.http = http;
        this.jobExecutor = jobExecutor;
        this.processes = processes;
    }

    /** tasks submitted so far */
    int tasks() {
        return tasks;
    }

    Rest api(String user) {
        return Rest.as(http, user).api();
    }

    JsonNode post(String user, String path, Object body) throws Exception {
        ResponseEntity<String> response = api(user).post(path, RestTasks.JSON.writeValueAsString(body));
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
        return RestTasks.JSON.readTree(response.getBody());
    }

    JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = api(user).get(path);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return RestTasks.JSON.readTree(response.getBody());
    }

    /**
     * Downloads the ledger template, fills in one row per enterprise (cells by the Chinese part of
     * the header: 统一社会信用代码, 企业类型, 营业收入, ...) and imports it; returns the import report.
     */
    JsonNode importLedger(long campaignId, List<Map<String, Object>> rows) throws Exception {
        byte[] template = http.withBasicAuth(DISTRICT, Rest.DEMO_PASSWORD)
                .getForObject("/api/campaigns/roster-template", byte[].class);
        byte[] ledger;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell header : sheet.getRow(0)) {
                columns.put(header.getStringCellValue().split(" ", 2)[0], header.getColumnIndex());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (Map.Entry<String, Object> value : rows.get(r).entrySet()) {
                    Integer column = columns.get(value.getKey());
                    assertThat(column).as("the template has a column " + value.getKey()).isNotNull();
                    if (value.getValue() instanceof Number n) {
                        row.createCell(column).setCellValue(n.doubleValue());
                    } else if (value.getValue() != null) {
                        row.createCell(column).setCellValue(value.getValue().toString());
                    }
                }
            }
            book.write(out);
            ledger = out.toByteArray();
        }
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file(ledger, "台账.xlsx"));
        ResponseEntity<String> imported = http.withBasicAuth(DISTRICT, Rest.DEMO_PASSWORD).postForEntity(
                "/api/campaigns/" + campaignId + "/roster/import", multipart(parts), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        return RestTasks.JSON.readTree(imported.getBody());
    }

    /** Uploads a workbook as the user to one of our import endpoints (part "file"); returns the answer's JSON. */
    JsonNode importFile(String user, String path, byte[] xlsx, String name) throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file(xlsx, name));
        ResponseEntity<String> imported = http.withBasicAuth(user, Rest.DEMO_PASSWORD).postForEntity("/api" + path,
                multipart(parts), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        return RestTasks.JSON.readTree(imported.getBody());
    }

    /** What the user's one task of this activity in the instance of this business key shows in its form. */
    JsonNode formVariables(String user, String businessKey, String activityId) throws Exception {
        Rest engine = Rest.as(http, user);
        JsonNode found = RestTasks.JSON.readTree(engine.get("/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + activityId + "&firstResult=0&maxResults=10").getBody());
        assertThat(found).as(user + " sees one " + activityId + " of " + businessKey).hasSize(1);
        return RestTasks.JSON.readTree(engine.get("/task/" + found.get(0).get("id").asText() + "/form-variables")
                .getBody());
    }

    /** Starts the campaign and runs its batch jobs as the job executor would; returns credit code to case id. */
    Map<String, Long> start(long campaignId) throws Exception {
        post(DISTRICT, "/campaigns/" + campaignId + "/start", Map.of());
        CampaignFixtures.runStartJobs(jobExecutor, processes, campaignId, () -> { });
        return caseIds(campaignId);
    }

    Map<String, Long> caseIds(long campaignId) throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode roster = get(DISTRICT, "/campaigns/" + campaignId + "/roster?page=" + page + "&size=1000");
            roster.get("items").forEach(e -> ids.put(e.get("creditCode").asText(), e.get("caseId").asLong()));
            if (ids.size() >= roster.get("total").asLong()) {
                return ids;
            }
        }
    }

    /**
     * Finds the user's one task of this activity in the case, claims it and submits these values
     * as its deployed form's fields.
     */
    void work(String user, String businessKey, String activityId, Map<String, Object> values) throws Exception {
        Rest engine = Rest.as(http, user);
        JsonNode found = RestTasks.JSON.readTree(engine.get("/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + activityId + "&firstResult=0&maxResults=10").getBody());
        assertThat(found).as(user + " sees one " + activityId + " of " + businessKey).hasSize(1);
        String taskId = found.get(0).get("id").asText();
        Map<String, FormField> form = forms.computeIfAbsent(activityId, a -> deployedForm(engine, taskId));
        ObjectNode variables = RestTasks.JSON.createObjectNode();
        values.forEach((key, value) -> {
            if (value != null) {
                typed(variables.putObject(key), activityId, key, value, form.get(key));
            }
        });
        assertThat(engine.post("/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> submitted = engine.post("/task/" + taskId + "/submit-form",
                RestTasks.JSON.writeValueAsString(Map.of("variables", variables)));
        assertThat(submitted.getStatusCode()).as(activityId + " of " + businessKey + ": " + submitted.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
        tasks++;
    }

    /** the form's types: checkbox a boolean, number a number, select and radio one of their values, the rest text */
    private static void typed(ObjectNode variable, String activityId, String key, Object value, FormField field) {
        assertThat(field).as(activityId + "'s form has no editable field " + key).isNotNull();
        switch (field.type()) {
            case "checkbox" -> {
                assertThat(value).as(key).isInstanceOf(Boolean.class);
                variable.put("value", (Boolean) value).put("type", "Boolean");
            }
            case "number" -> {
                double number = Double.parseDouble(value.toString());
                if (number == Math.rint(number) && !value.toString().contains(".")) {
                    variable.put("value", (long) number).put("type", "Long");
                } else {
                    variable.put("value", number).put("type", "Double");
                }
            }
            case "datetime" -> {
                assertThat(value.toString()).as(key).matches("\\d{4}-\\d{2}-\\d{2}");
                variable.put("value", value.toString()).put("type", "String");
            }
            default -> {
                if (!field.values().isEmpty()) {
                    assertThat(field.values()).as(key).contains(value.toString());
                }
                variable.put("value", value.toString()).put("type", "String");
            }
        }
    }

    private Map<String, FormField> deployedForm(Rest engine, String taskId) {
        try {
            ResponseEntity<String> response = engine.get("/task/" + taskId + "/deployed-form");
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
            Map<String, FormField> fields = new HashMap<>();
            collect(RestTasks.JSON.readTree(response.getBody()).get("components"), fields);
            return fields;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode components, Map<String, FormField> fields) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            collect(component.get("components"), fields);
            boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            if (component.has("key") && !readonly) {
                List<String> values = new ArrayList<>();
                component.path("values").forEach(v -> values.add(v.get("value").asText()));
                fields.put(component.get("key").asText(), new FormField(component.get("type").asText(), values));
            }
        }
    }

    /** The design firm's upload of its diagnosis report (PDF) on the case's report page. */
    void uploadReport(String user, long caseId, byte[] pdf, String name) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("report", file(pdf, name));
        ResponseEntity<String> uploaded = http.withBasicAuth(user, Rest.DEMO_PASSWORD).postForEntity(
                "/api/cases/" + caseId + "/diagnosis-reports", multipart(parts), String.class);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    /** hazard codes of a case in the register, those with this status */
    List<String> hazardCodes(long caseId, String status) throws Exception {
        List<String> codes = new ArrayList<>();
        get("safety1", "/hazards?caseId=" + caseId).forEach(h -> {
            if (status.equals(h.get("status").asText())) {
                codes.add(h.get("code").asText());
            }
        });
        return codes;
    }

    String html(String query) {
        ResponseEntity<String> page = api("supervisor1").get(query);
        assertThat(page.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }

    byte[] docx(String query) {
        ResponseEntity<byte[]> document = http.withBasicAuth("supervisor1", Rest.DEMO_PASSWORD)
                .getForEntity("/api" + query, byte[].class);
        assertThat(document.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return document.getBody();
    }

    private static HttpEntity<Object> file(byte[] content, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDispositionFormData(name.endsWith(".pdf") ? "report" : "file", name);
        headers.setContentType(name.endsWith(".pdf") ? MediaType.APPLICATION_PDF
                : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(LinkedMultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
