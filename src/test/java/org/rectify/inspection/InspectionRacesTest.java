package org.rectify.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.rectify.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Twenty draws and twenty starts of one campaign at once: one draw, and one inspection process per unit. */
@IntegrationTest
class InspectionRacesTest {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired EquipmentRegisters registers;
    @Autowired InspectionCampaigns campaigns;

    @Test
    void twentyDrawsAndTwentyStartsAtOnceDrawOnceAndStartEachUnitOnce() throws Exception {
        // given a campaign of three units
        InspectionFixtures.inspectors(identityService, registers);
        String township = "并发镇" + UUID.randomUUID().toString().substring(0, 6);
        List<String> codes = List.of(InspectionFixtures.creditCode(), InspectionFixtures.creditCode(),
                InspectionFixtures.creditCode());
        registers.addAll(codes.stream().map(code -> InspectionFixtures.unit(code, township)).toList(),
                codes.stream().map(code -> InspectionFixtures.piece(code, EquipmentKind.LIFT, code + "-L",
                        LocalDate.now().plusMonths(3))).toList());
        long campaignId = campaigns.create(InspectionFixtures.plan(township, 3), "market-regulation1").id();
        Rest bureau = Rest.as(http, "market-regulation1").api();

        // when twenty draws are sent at once
        List<Integer> draws = together(20, () -> bureau.post("/equipment-campaigns/" + campaignId + "/draw", "{}")
                .getStatusCode().value());

        // then one draws, the others are told it was drawn
        assertThat(draws).filteredOn(status -> status == 200).hasSize(1);
        assertThat(draws).filteredOn(status -> status == 409).hasSize(19);
        assertThat(campaigns.inspectionsOf(campaignId)).hasSize(3);

        // when twenty starts are sent at once
        List<Integer> starts = together(20, () -> bureau.post("/equipment-campaigns/" + campaignId + "/start", "{}")
                .getStatusCode().value());

        // then each answers (one that waited too long for the others is told to try again), and each unit has
        // exactly one inspection process
        assertThat(starts).contains(200).allMatch(status -> status == 200 || status == 409);
        for (String code : codes) {
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
                    .processDefinitionKey(EquipmentInspectionVariables.PROCESS_ID).count()).as(code).isOne();
        }
    }

    private static List<Integer> together(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
