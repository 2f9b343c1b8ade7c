package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The engine REST API is closed to strangers and to the engine's known weak spots. */
@IntegrationTest
class RestSecurityTest {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;

    @Test
    void engineEndpointNeedsCredentials() {
        assertThat(Rest.anonymous(http).get("/engine").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a wrong password locks the user for a few seconds, so it is tried on another one
        assertThat(http.withBasicAuth("safety2", "wrong").getForEntity("/engine-rest/engine", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> engines = Rest.as(http, "safety1").get("/engine");
        assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(engines.getBody()).contains("default");
    }

    @Test
    void anonymousCallersGetNoDataFromAnyEndpoint() {
        ResponseEntity<String> tasks = Rest.anonymous(http).get("/task");
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void expressionInQueryParameterIsRefusedNamingTheParameter() {
        ResponseEntity<String> response = Rest.as(http, "safety1").get("/task?assigneeExpression=%24%7BcurrentUser()%7D");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("assigneeExpression").contains("expression");
    }

    @Test
    void expressionInJsonBodyIsRefusedNamingTheField() {
        Rest safety = Rest.as(http, "safety1");

        ResponseEntity<String> hash = safety.post("/task", "{\"candidateGroupsExpression\":\"#{currentUserGroups()}\"}");
        ResponseEntity<String> nested = safety.post("/filter", "{\"resourceType\":\"Task\",\"name\":\"x\","
                + "\"query\":{\"assigneeExpression\":\"\\u0024{currentUser()}\"}}");

        assertThat(hash.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(hash.getBody()).contains("candidateGroupsExpression");
        assertThat(nested.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nested.getBody()).contains("query.assigneeExpression");
    }

    /** CVE-2026-109432: an expression inside orQueries slipped past the engine's own check before 7.24.14. */
    @Test
    void expressionInsideOrQueriesIsRefused() {
        ResponseEntity<String> response = Rest.as(http, "safety1").post("/task",
                "{\"orQueries\":[{\"dueAfterExpression\":\"\\u0024{''.getClass()}\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("orQueries[0].dueAfterExpression");
    }

    @Test
    void plainQueriesStillWorkAfterTheBodyWasInspected() {
        ResponseEntity<String> response = Rest.as(http, "safety1").post("/task/count", "{\"candidateGroup\":\"safety\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("count");
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        String instanceId = TestProcesses.startSafetyCheck(repositoryService, runtimeService).getId();

        ResponseEntity<String> response = Rest.as(http, "admin").put(
                "/process-instance/" + instanceId + "/variables/payload",
                "{\"value\":\"rO0ABXQABWhlbGxv\",\"type\":\"Object\",\"valueInfo\":{"
                        + "\"objectTypeName\":\"java.lang.String\","
                        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");

        assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(response.getBody()).contains("serialization");
        assertThat(runtimeService.getVariable(instanceId, "payload")).isNull();
    }

    @Test
    void adminFirstRunSetupIsClosedAndAdminGroupPopulated() {
        ResponseEntity<String> setup = http.postForEntity("/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", String.class);

        assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
                .extracting("id").contains("admin");
    }
}
