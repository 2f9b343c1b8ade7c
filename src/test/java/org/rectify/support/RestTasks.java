package org.rectify.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Works a case's tasks through the engine REST API as Tasklist does: find, claim, complete. */
public final class RestTasks {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final TestRestTemplate http;

    public RestTasks(TestRestTemplate http) {
        this.http = http;
    }

    /** Opens a case as the district office and returns the created case file. */
    public JsonNode openCase(Object enterprise) throws Exception {
        ResponseEntity<String> opened = Rest.as(http, "district-office1").api().post("/cases",
                JSON.writeValueAsString(Map.of("enterprise", enterprise)));
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
        return JSON.readTree(opened.getBody());
    }

    public void work(String userId, String businessKey, String activityId, Map<String, Object> form) throws Exception {
        Rest user = Rest.as(http, userId);
        String taskId = taskId(userId, businessKey, activityId);
        assertThat(user.post("/task/" + taskId + "/claim", "{\"userId\":\"" + userId + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> completed = user.post("/task/" + taskId + "/complete", variables(form));
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The one task of this activity in the case (called processes included) that the user can see. */
    public String taskId(String userId, String businessKey, String activityId) throws Exception {
        JsonNode tasks = JSON.readTree(Rest.as(http, userId)
                .get("/task?maxResults=10&processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + activityId).getBody());
        assertThat(tasks).as(userId + " sees one " + activityId).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    /** How many tasks of this activity in the case the user sees. */
    public int taskIdCount(String userId, String businessKey, String activityId) throws Exception {
        return JSON.readTree(Rest.as(http, userId)
                .get("/task?maxResults=10&processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + activityId)
                .getBody()).size();
    }

    public static String variables(Map<String, Object> form) throws Exception {
        ObjectNode variables = JSON.createObjectNode();
        form.forEach((name, value) -> {
            ObjectNode typed = variables.putObject(name);
            if (value instanceof Boolean b) {
                typed.put("value", b).put("type", "Boolean");
            } else if (value instanceof Double d) {
                typed.put("value", d).put("type", "Double");
            } else if (value instanceof Integer i) {
                typed.put("value", i).put("type", "Integer");
            } else if (value instanceof Long l) {
                typed.put("value", l).put("type", "Long");
            } else {
                typed.put("value", value == null ? null : value.toString()).put("type", "String");
            }
        });
        return JSON.writeValueAsString(Map.of("variables", variables));
    }
}
