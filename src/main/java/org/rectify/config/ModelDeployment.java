package org.rectify.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN, DMN and form files of processes/ and forms/ as one deployment named
 * {@value #DEPLOYMENT_NAME}. Resource names are the paths designers see ({@code
 * processes/enterprise-case.bpmn}) whether the app runs from Maven or from the jar, so a restart
 * with unchanged files deploys nothing. When any file changed, all are deployed together: forms
 * bind with {@code camunda:formRefBinding="deployment"} and must sit beside their process.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ModelDeployment implements ApplicationRunner {

    public static final String DEPLOYMENT_NAME = "rectify";
    static final List<String> PATTERNS = List.of(
            "processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");

    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repositoryService;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ModelDeployment(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        List<String> names = new ArrayList<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(0, pattern.indexOf('/') + 1);
            Resource folderResource = resolver.getResource("classpath:" + folder);
            if (!folderResource.exists()) {
                continue;
            }
            String root = folderResource.getURL().toString();
            for (Resource resource : resolver.getResources("classpath:" + pattern)) {
                String name = folder + resource.getURL().toString().substring(root.length());
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
                }
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            log.warn("Nothing to deploy: no BPMN, DMN or form files on the classpath under processes/ or forms/");
            return;
        }
        DeploymentWithDefinitions result = deployment.deployWithResult();
        int definitions = result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size();
        log.info("Deployment '{}' checked: {} resources, {} process definitions (re)deployed", DEPLOYMENT_NAME,
                names.size(), definitions);
    }
}
