package org.rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.rectify.config.ModelDeployment;
import org.rectify.support.IntegrationTest;
import org.rectify.support.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs on H2 in ./mvnw verify and on MySQL/MariaDB in the MySQL suite. */
@IntegrationTest
class StartupAndDeploymentTest {

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ModelDeployment modelDeployment;
    @Autowired DataSource dataSource;
    @Autowired Flyway flyway;
    @Autowired TestRestTemplate http;

    @Test
    void everyFileOfProcessesAndFormsIsDeployedUnderItsOwnPath() throws IOException {
        List<String> onDisk = filesUnder("processes", "forms");

        Deployment deployment = latestModelDeployment();

        assertThat(onDisk).isNotEmpty();
        assertThat(repositoryService.getDeploymentResources(deployment.getId()))
                .extracting(Resource::getName)
                .containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void restartWithUnchangedFilesAddsNoVersion() throws Exception {
        long deployments = repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();
        long definitions = repositoryService.createProcessDefinitionQuery().count();

        modelDeployment.run(null);

        assertThat(repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).count())
                .isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }

    @Test
    void aProcessRunsToItsEndOnThisDatabase() {
        ProcessInstance instance = TestProcesses.startSafetyCheck(repositoryService, runtimeService);

        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void flywayHasMigratedOurSchema() {
        MigrationInfoService info = flyway.info();

        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).extracting(MigrationInfo::getState).allMatch(MigrationState::isApplied)
                .doesNotContain(MigrationState.FAILED);
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from enterprise_case", Long.class))
                .isNotNegative();
    }

    @Test
    void healthIsOpenWithoutDetailsAndMetricsNeedAnAdministrator() {
        ResponseEntity<String> anonymousHealth = http.getForEntity("/actuator/health", String.class);
        ResponseEntity<String> adminHealth = http.withBasicAuth("admin", "demo").getForEntity("/actuator/health", String.class);
        ResponseEntity<String> anonymousMetrics = http.getForEntity("/actuator/prometheus", String.class);
        ResponseEntity<String> agencyMetrics = http.withBasicAuth("safety1", "demo")
                .getForEntity("/actuator/prometheus", String.class);
        ResponseEntity<String> adminMetrics = http.withBasicAuth("admin", "demo")
                .getForEntity("/actuator/prometheus", String.class);

        assertThat(anonymousHealth.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymousHealth.getBody()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(adminHealth.getBody()).contains("\"db\"").contains("\"status\":\"UP\"");
        assertThat(anonymousMetrics.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(agencyMetrics.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(adminMetrics.getBody()).contains("jvm_memory_used_bytes");
    }

    private Deployment latestModelDeployment() {
        return repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME)
                .orderByDeploymentTime().desc().list().get(0);
    }

    private static List<String> filesUnder(String... folders) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(Files::isRegularFile)
                        .map(p -> p.toString().replace('\\', '/'))
                        .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
