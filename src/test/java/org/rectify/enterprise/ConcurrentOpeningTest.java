package org.rectify.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.rectify.support.Enterprises;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.rectify.support.RestTasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Twenty clerks open the same enterprise's case at the same moment: one case, nineteen clear refusals. */
@IntegrationTest
class ConcurrentOpeningTest {

    static final int CLERKS = 20;

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    void twentyOpeningsAtOnceGiveOneCaseAndNineteenConflicts() throws Exception {
        EnterpriseDetails enterprise = Enterprises.glueFactory();
        String body = RestTasks.JSON.writeValueAsString(Map.of("enterprise", enterprise));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clerks = Executors.newFixedThreadPool(CLERKS);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CLERKS; i++) {
                String user = i % 2 == 0 ? "district-office1" : "district-office2";
                answers.add(clerks.submit(() -> {
                    go.await();
                    return Rest.as(http, user).api().post("/cases", body);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> response = answer.get();
                statuses.add(response.getStatusCode().value());
                if (response.getStatusCode().value() == 409) {
                    assertThat(response.getBody()).contains("already has an open case");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(CLERKS - 1);
        } finally {
            clerks.shutdown();
        }
        String code = enterprise.creditCode();
        assertThat(jdbc.queryForObject("select count(*) from enterprise_case c join enterprise e on e.id = c.enterprise_id"
                + " where e.credit_code = ?", Integer.class, code)).isOne();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(EnterpriseCaseVariables.PROCESS_ID).count()).isOne();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).count()).isOne();
    }
}
