package org.rectify.benchmark;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.rectify.RectifyApplication;
import org.rectify.campaign.CampaignLevel;
import org.rectify.campaign.CampaignPlan;
import org.rectify.campaign.CampaignStart;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.ImportReport;
import org.rectify.campaign.Ledgers;
import org.rectify.campaign.RosterImport;
import org.rectify.campaign.StartStatus;
import org.rectify.campaign.YearTarget;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCaseVariables;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.report.LedgerExport;
import org.rectify.report.SummaryReport;
import org.rectify.report.dashboard.DashboardData;
import org.rectify.support.CaseSteps;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What agency users wait for at city scale, with real engine instances: campaigns imported and
 * started through the job executor until {@code benchmark.tasklist.cases} cases are open, some of
 * them driven on to the joint review, the decision and beyond; then, as agency users over HTTP with
 * authorization on, the list (15 rows, by due date) and count of each Tasklist filter and the
 * searches Tasklist offers; each kind of case step (claim, complete) against the same diagram
 * deployed without our listeners, alternating; the dashboard, summary and ledger of a campaign.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark verify -Dbenchmark.main=TasklistBenchmark -Dbenchmark.db=mysql}
 * (README, "Benchmark"). System properties: {@code benchmark.db} ({@code mysql}: by default the
 * database {@code rectify_tasklist_bench}, dropped and created anew; {@code h2}: in memory),
 * {@code benchmark.tasklist.cases} (100000),
 * {@code benchmark.tasklist.campaign} (cases per campaign, 10000), {@code benchmark.tasklist.advanced}
 * (cases driven past the survey, 2000), {@code benchmark.tasklist.samples} (timed runs per query
 * and steps per kind, 40), {@code benchmark.tasklist.users} (whose Tasklist is timed),
 * {@code benchmark.tasklist.skipQueries}, {@code benchmark.tasklist.database} and
 * {@code benchmark.args} (further application arguments, separated by spaces).
 */
public final class TasklistBenchmark {

    private static final String STRIPPED_ID = "Benchmark_StrippedEnterpriseCase";
    private static final String[] TOWNS = {"新桥镇", "金港镇", "塘桥镇", "凤凰镇", "南丰镇", "大新镇", "乐余镇", "锦丰镇"};
    private static final List<String> REVIEWERS = List.of("safety", "environment", "market-regulation",
            "natural-resources", "development-reform", "quality");

    private final String db = System.getProperty("benchmark.db", "mysql").toLowerCase(Locale.ROOT);
    private final String database = System.getProperty("benchmark.tasklist.database", "rectify_tasklist_bench");
    private final int cases = Integer.getInteger("benchmark.tasklist.cases", 100_000);
    private final int campaignSize = Math.min(cases, Integer.getInteger("benchmark.tasklist.campaign", 10_000));
    private final int advanced = Integer.getInteger("benchmark.tasklist.advanced", 2_000);
    private final int samples = Math.max(5, Integer.getInteger("benchmark.tasklist.samples", 40));
    private final StringBuilder out = new StringBuilder();
    private final HttpClient http = HttpClient.newHttpClient();

    private ConfigurableApplicationContext context;
    private SingleConnectionDataSource statusSource;
    private JdbcTemplate status;
    private TaskService tasks;
    private IdentityService identity;
    private String baseUrl;
    private int enterpriseNumber;

    public static void main(String[] args) throws Exception {
        int exit = 0;
        TasklistBenchmark benchmark = new TasklistBenchmark();
        try {
            benchmark.run();
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            benchmark.close();
        }
        System.exit(exit);
    }

    private void run() throws Exception {
        long bootStart = System.nanoTime();
        context = boot();
        double bootMs = ms(System.nanoTime() - bootStart);
        tasks = context.getBean(TaskService.class);
        identity = context.getBean(IdentityService.class);
        baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        if ("mysql".equals(db)) {
            statusSource = new SingleConnectionDataSource(BenchmarkDatabase.mysqlUrl(database), "root", "", true);
            status = new JdbcTemplate(statusSource);
        }
        line("================ Rectify Tasklist benchmark ================");
        line("database            %s", "mysql".equals(db) ? "MySQL protocol, server "
                + status.queryForObject("SELECT VERSION()", String.class) + " at " + BenchmarkDatabase.mysqlHost()
                + "/" + database : "H2 in memory");
        line("machine             %d cpus, max heap %d MB, Java %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        line("application boot    %.0f ms", bootMs);

        List<Long> campaigns = seedCampaigns();
        Stripped stripped = deployStripped();
        line("");
        line("%-52s %8s %8s %8s %6s  %s", "case step (claim + complete), as the agency user", "median", "p95",
                "stmts", "n", "");
        // the campaigns are open and timers far off: nothing else talks to the database from here on
        stopJobExecutor();
        advance(stripped);

        if (!Boolean.getBoolean("benchmark.tasklist.skipQueries")) {
            line("");
            line("%-52s %8s %8s %6s  %s", "Tasklist over HTTP, authorization on", "median", "p95", "n", "result");
            for (String user : System.getProperty("benchmark.tasklist.users",
                    "town-econ-center1,safety1,district-office1").split(",")) {
                tasklist(user.trim());
            }
        }

        line("");
        line("%-52s %8s %8s %6s  %s", "reports of the first campaign (" + campaignSize + " cases)", "median", "p95",
                "n", "result");
        reports(campaigns.get(0));

        System.gc();
        Runtime runtime = Runtime.getRuntime();
        line("");
        line("heap used at the end (after GC): %d MB of %d MB", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        line("=============================================================");
        System.out.println(out);
        Path report = Path.of("target", "benchmark-tasklist-" + db + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        System.out.println("(also written to " + report.toAbsolutePath() + ")");
    }

    private ConfigurableApplicationContext boot() throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--rectify.demo-campaign=false",
                "--rectify.demo-data=true",
                // the test classpath's config/application.yaml turns the job executor off for tests
                "--camunda.bpm.job-execution.enabled=true",
                "--rectify.rectification.report-folder=target/benchmark-reports",
                "--logging.level.root=WARN",
                "--logging.level.org.rectify=WARN"));
        // further application settings to compare, e.g. -Dbenchmark.args=--rectify.campaign.start.batch-size=10
        String extra = System.getProperty("benchmark.args", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split("\\s+")));
        }
        if ("mysql".equals(db)) {
            BenchmarkDatabase.recreateMysql(database);
            args.addAll(List.of("--spring.profiles.active=mysql",
                    "--spring.datasource.url=" + BenchmarkDatabase.mysqlUrl(database),
                    "--spring.datasource.username=root", "--spring.datasource.password=",
                    "--RECTIFY_ADMIN_PASSWORD=demo"));
        } else {
            args.add("--spring.datasource.url=jdbc:h2:mem:rectify-tasklist-bench;DB_CLOSE_DELAY=-1");
        }
        return new SpringApplication(RectifyApplication.class).run(args.toArray(String[]::new));
    }

    private void close() {
        if (statusSource != null) {
            statusSource.destroy();
        }
        if (context != null) {
            context.close();
        }
    }

    // ---------------------------------------------------------------- campaigns

    /** Campaigns of campaignSize cases, imported from .xlsx and started, until cases are open. */
    private List<Long> seedCampaigns() throws Exception {
        RosterImport rosterImport = context.getBean(RosterImport.class);
        CampaignStart start = context.getBean(CampaignStart.class);
        List<Long> ids = new ArrayList<>();
        line("");
        line("%-52s %10s %10s %10s", "campaigns (import .xlsx, then start)", "rows", "import ms", "start s");
        while (ids.size() * campaignSize < cases) {
            Long id = createCampaign(ids.size() + 1);
            byte[] ledger = ledger(campaignSize);
            long importStart = System.nanoTime();
            ImportReport report = rosterImport.importLedger(id, ledger, "district-office1");
            double importMs = ms(System.nanoTime() - importStart);
            if (report.addedToRoster() != campaignSize) {
                throw new IllegalStateException("import of campaign " + id + ": " + report);
            }
            long statementsBefore = statements();
            long started = System.nanoTime();
            start.request(id, "district-office1");
            StartStatus now = start.status(id);
            while (now.started() < now.total()) {
                if (now.failedBatches() > 0) {
                    throw new IllegalStateException("campaign " + id + ": " + now.message());
                }
                Thread.sleep(250);
                now = start.status(id);
            }
            double seconds = ms(System.nanoTime() - started) / 1000;
            long perCase = statementsBefore < 0 ? -1 : (statements() - statementsBefore) / campaignSize;
            line("%-52s %10d %10.0f %10.1f   %.0f cases/s, %d SQL statements per case", "campaign " + (ids.size() + 1),
                    campaignSize, importMs, seconds, campaignSize / seconds, perCase);
            ids.add(id);
        }
        line("open tasks in all  %d", tasks.createTaskQuery().count());
        return ids;
    }

    private Long createCampaign(int number) {
        LocalDate begin = LocalDate.now().withDayOfYear(1);
        int closures = campaignSize / 4;
        CampaignPlan plan = new CampaignPlan("城市基准 City benchmark " + number, CampaignLevel.CITY, "基准市", begin,
                begin.plusYears(3).minusDays(1), "市化工企业专项整治工作领导小组", null, closures, closures / 5,
                List.of(new YearTarget(1, closures / 2, closures / 15), new YearTarget(2, closures / 3, closures / 15),
                        new YearTarget(3, closures / 6, closures / 15)));
        return context.getBean(Campaigns.class).create(plan, "district-office1").id();
    }

    private byte[] ledger(int rows) {
        List<EnterpriseDetails> details = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int n = enterpriseNumber++;
            String first17 = "91329900" + String.format("T%08d", n);
            details.add(new EnterpriseDetails(first17 + UnifiedSocialCreditCode.checkCharacter(first17),
                    "城市基准化工厂" + n + " City works " + n, TOWNS[n % TOWNS.length], "村" + (n % 40),
                    "工业路" + n + "号", "王" + n, "0512-5556 " + (1000 + n % 9000), "化学原料和化学制品制造业", "涂料",
                    RevenueBand.BELOW_2M, false, 10 + n % 50, new BigDecimal("2.50"), BusinessType.PRODUCER,
                    null, null, new BigDecimal("120.00")));
        }
        return Ledgers.of(details);
    }

    // ---------------------------------------------------------------- steps

    /** The case diagram without our listeners, deadlines fixed, deployed with its forms and decision. */
    private record Stripped(String processKey) {
    }

    private Stripped deployStripped() throws Exception {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = context.getBean(RepositoryService.class).createDeployment()
                .name("benchmark: stripped case diagram");
        for (Resource resource : resolver.getResources("file:processes/*.dmn")) {
            deployment.addInputStream(resource.getFilename(), resource.getInputStream());
        }
        for (Resource resource : resolver.getResources("file:forms/*.form")) {
            deployment.addInputStream(resource.getFilename(), resource.getInputStream());
        }
        String xml = Files.readString(Path.of("processes", "enterprise-case.bpmn"));
        String stripped = xml
                .replaceAll("\\s*<camunda:taskListener [^>]*/>", "")
                .replaceAll("\\s*<camunda:executionListener [^>]*/>", "")
                .replaceAll("\\$\\{caseDeadlines\\.due\\([^}]*\\)}", "2099-12-31T17:00:00")
                .replaceAll("\\$\\{caseDeadlines\\.reminder\\([^}]*\\)}", "2099-12-29T17:00:00")
                .replaceAll("\\$\\{caseDeadlines\\.escalationCycle\\([^}]*\\)}", "R/2099-12-31T17:00:00/P1D")
                .replace("${reviewPanel.agencies()}", "${reviewAgencies}")
                .replace("id=\"Process_EnterpriseCase\"", "id=\"" + STRIPPED_ID + "\"");
        deployment.addInputStream("benchmark-stripped-case.bpmn",
                new ByteArrayInputStream(stripped.getBytes(StandardCharsets.UTF_8))).deploy();
        return new Stripped(STRIPPED_ID);
    }

    /** One kind of step, timed on our diagram and on the stripped one. */
    private static final class StepTimes {
        final List<Double> claimMs = new ArrayList<>();
        final List<Double> completeMs = new ArrayList<>();
        final List<Long> statements = new ArrayList<>();
        final List<Double> strippedClaimMs = new ArrayList<>();
        final List<Double> strippedCompleteMs = new ArrayList<>();
        final List<Long> strippedStatements = new ArrayList<>();
    }

    /**
     * Drives {@code advanced} cases of the first campaign on, spread over the stages, and times a
     * sample of each step against a stripped instance brought to the same point, alternating.
     */
    private void advance(Stripped stripped) {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        Map<String, StepTimes> steps = new LinkedHashMap<>();
        List<String> kinds = List.of("survey", "review opinion", "last review opinion", "decision", "verification");
        kinds.forEach(kind -> steps.put(kind, new StepTimes()));
        List<Task> surveys = tasks.createTaskQuery().processDefinitionKey("Process_EnterpriseCase")
                .taskDefinitionKey("Activity_SurveyEnterprise").orderByTaskCreateTime().asc()
                .listPage(0, advanced);
        Disposition[] paths = {Disposition.RECTIFY_IN_PLACE, Disposition.CLOSE, Disposition.RELOCATE_TO_PARK,
            Disposition.COMPLIANT, Disposition.ADJUST_LICENCE_SCOPE};
        long begin = System.nanoTime();
        int done = 0;
        for (int i = 0; i < surveys.size(); i++) {
            boolean timed = i < samples;
            String instance = surveys.get(i).getProcessInstanceId();
            String strippedInstance = timed ? runtime.startProcessInstanceByKey(stripped.processKey(),
                    "STRIPPED" + i, Map.of("reviewAgencies", REVIEWERS)).getId() : null;
            // half go no further than the joint review, a quarter to the decision, a quarter beyond
            int depth = i % 4 == 0 ? 4 : i % 4 == 1 ? 3 : 2;
            Map<String, Object> survey = CaseSteps.survey(Set.of(), true, true);
            step(steps.get("survey"), timed, "town-econ-center1", instance, strippedInstance,
                    "Activity_SurveyEnterprise", survey, survey);
            if (depth >= 3) {
                List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance)
                        .taskDefinitionKey("Activity_ConductJointReview").list();
                for (int r = 0; r < reviews.size(); r++) {
                    String agency = tasks.getIdentityLinksForTask(reviews.get(r).getId()).stream()
                            .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
                    String kind = r == reviews.size() - 1 ? "last review opinion" : "review opinion";
                    Map<String, Object> opinion = CaseSteps.opinion(Disposition.COMPLIANT, "同意 Agreed");
                    boolean sampled = timed && (r == 0 || r == reviews.size() - 1);
                    stepOn(steps.get(kind), sampled, agency + "1", reviews.get(r).getId(), opinion);
                    if (timed) {
                        String strippedTask = tasks.createTaskQuery().processInstanceId(strippedInstance)
                                .taskDefinitionKey("Activity_ConductJointReview").taskCandidateGroup(agency)
                                .singleResult().getId();
                        StepTimes times = sampled ? steps.get(kind) : null;
                        timeStep(agency + "1", strippedTask, opinion, times == null ? null : times.strippedClaimMs,
                                times == null ? null : times.strippedCompleteMs,
                                times == null ? null : times.strippedStatements);
                    }
                }
            }
            if (depth >= 4) {
                Disposition path = timed ? Disposition.COMPLIANT : paths[(i / 4) % paths.length];
                Map<String, Object> decision = CaseSteps.decision(path, path == Disposition.COMPLIANT ? null
                        : LocalDate.now().plusMonths(6), path == Disposition.COMPLIANT ? null : "safety");
                Map<String, Object> strippedDecision = new HashMap<>(decision);
                strippedDecision.put(EnterpriseCaseVariables.DISPOSITION, path.name());
                step(steps.get("decision"), timed, "district-office1", instance, strippedInstance,
                        "Activity_DecideDisposition", decision, strippedDecision);
                step(steps.get("verification"), timed, "town-office1", instance, strippedInstance,
                        "Activity_VerifyOnSite", CaseSteps.confirmation(), CaseSteps.confirmation());
            }
            done++;
        }
        steps.forEach((kind, t) -> {
            row(kind + ": claim", t.claimMs, "");
            row(kind + ": claim, stripped diagram", t.strippedClaimMs, "");
            row(kind + ": complete", t.completeMs, "");
            row(kind + ": complete, stripped diagram", t.strippedCompleteMs, "");
            if (!t.statements.isEmpty()) {
                line("%-52s %8s %8s %8d %6d", kind + ": SQL statements (claim + complete)", "", "",
                        medianCount(t.statements), t.statements.size());
                line("%-52s %8s %8s %8d %6d", kind + ": SQL statements, stripped diagram", "", "",
                        medianCount(t.strippedStatements), t.strippedStatements.size());
            }
            if (!t.claimMs.isEmpty() && !t.strippedClaimMs.isEmpty()) {
                double ours = median(sum(t.claimMs, t.completeMs));
                double engine = median(sum(t.strippedClaimMs, t.strippedCompleteMs));
                line("%-52s %8.2f", kind + ": speed relative to the stripped diagram", engine / ours);
            }
        });
        line("%d cases driven past the survey in %.1f s", done, ms(System.nanoTime() - begin) / 1000);
    }

    private void step(StepTimes times, boolean timed, String user, String instance, String strippedInstance,
                      String activity, Map<String, Object> form, Map<String, Object> strippedForm) {
        String taskId = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity)
                .singleResult().getId();
        stepOn(times, timed, user, taskId, form);
        if (timed) {
            String strippedTask = tasks.createTaskQuery().processInstanceId(strippedInstance)
                    .taskDefinitionKey(activity).singleResult().getId();
            timeStep(user, strippedTask, strippedForm, times.strippedClaimMs, times.strippedCompleteMs,
                    times.strippedStatements);
        }
    }

    /** A step on our diagram, timed or not. */
    private void stepOn(StepTimes times, boolean timed, String user, String taskId, Map<String, Object> form) {
        if (timed) {
            timeStep(user, taskId, form, times.claimMs, times.completeMs, times.statements);
        } else {
            timeStep(user, taskId, form, null, null, null);
        }
    }

    /** Claims and completes the task as the user; with lists given, records times and statements. */
    private void timeStep(String user, String taskId, Map<String, Object> form, List<Double> claims,
                          List<Double> completions, List<Long> statements) {
        long before = claims == null ? -1 : statements();
        long start = System.nanoTime();
        as(user, () -> {
            tasks.claim(taskId, user);
            return null;
        });
        long claimed = System.nanoTime();
        as(user, () -> {
            tasks.complete(taskId, form);
            return null;
        });
        long completed = System.nanoTime();
        long after = claims == null ? -1 : statements();
        if (claims == null) {
            return;
        }
        claims.add(ms(claimed - start));
        completions.add(ms(completed - claimed));
        if (before >= 0) {
            // the SHOW STATUS of the second reading counts itself
            statements.add(after - before - 1);
        }
    }

    /** Statements the database server ran so far (MySQL/MariaDB), -1 elsewhere. */
    private long statements() {
        if (status == null) {
            return -1;
        }
        return status.query("SHOW GLOBAL STATUS LIKE 'Questions'", rs -> {
            rs.next();
            return rs.getLong(2);
        });
    }

    private <T> T as(String user, Callable<T> call) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Timers and batches are done: nothing else talks to the database while we count statements. */
    private void stopJobExecutor() {
        ProcessEngineConfiguration configuration = context.getBean(ProcessEngineConfiguration.class);
        ((ProcessEngineConfigurationImpl) configuration).getJobExecutor().shutdown();
    }

    // ---------------------------------------------------------------- Tasklist

    /** What Tasklist sends for the user: each filter's first page and count, and its searches. */
    private void tasklist(String user) throws Exception {
        FilterService filters = context.getBean(FilterService.class);
        for (Filter filter : filters.createFilterQuery().orderByFilterId().asc().list()) {
            String name = filter.getName() + " (" + user + ")";
            timeHttp(name + ": list 15 by due date", user, "/engine-rest/filter/" + filter.getId()
                    + "/list?firstResult=0&maxResults=15", "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}",
                    "application/hal+json");
            timeHttp(name + ": count", user, "/engine-rest/filter/" + filter.getId() + "/count", "{}",
                    "application/json");
        }
        String sorted = "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]";
        timeHttp("candidate user (" + user + "): list 15", user, "/engine-rest/task?firstResult=0&maxResults=15",
                "{\"candidateUser\":\"" + user + "\"," + sorted + "}", "application/json");
        Task one = tasks.createTaskQuery().processDefinitionKey("Process_EnterpriseCase").listPage(7, 1).get(0);
        String businessKey = context.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processInstanceId(one.getProcessInstanceId()).singleResult().getBusinessKey();
        timeHttp("business key (" + user + "): list", user, "/engine-rest/task?firstResult=0&maxResults=15",
                "{\"processInstanceBusinessKey\":\"" + businessKey + "\"," + sorted + "}", "application/json");
        timeHttp("enterprise name like (" + user + "): list 15", user, "/engine-rest/task?firstResult=0&maxResults=15",
                "{\"candidateUser\":\"" + user + "\",\"taskVariables\":[{\"name\":\"enterpriseName\","
                        + "\"operator\":\"like\",\"value\":\"%化工厂12%\"}]," + sorted + "}", "application/json");
    }

    private void timeHttp(String name, String user, String path, String body, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        List<Double> times = new ArrayList<>();
        String result = "";
        long begin = System.nanoTime();
        long took = 0;
        for (int i = -2; i < samples; i++) {
            if (i == -1 && took > 10_000_000_000L) {
                // one warm-up is enough for a query that takes seconds
                continue;
            }
            if (i >= 3 && System.nanoTime() - begin > 30_000_000_000L) {
                // a query that takes seconds is sampled for half a minute; n says how often
                break;
            }
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode() + " " + response.body());
            }
            if (i >= 0) {
                times.add(ms(took));
            }
            result = summarize(response.body());
        }
        row(name, times, result);
    }

    private static String summarize(String body) {
        if (body.startsWith("{\"count\"")) {
            return body;
        }
        int count = body.split("\"taskDefinitionKey\"", -1).length - 1;
        return count + " tasks";
    }

    // ---------------------------------------------------------------- reports

    private void reports(Long campaignId) {
        DashboardData dashboard = context.getBean(DashboardData.class);
        SummaryReport summary = context.getBean(SummaryReport.class);
        LedgerExport ledger = context.getBean(LedgerExport.class);
        timeCall("DashboardData.of", () -> dashboard.of(campaignId).progress().cases() + " cases");
        timeCall("SummaryReport.docx(zh)", () -> summary.docx(campaignId, "zh").length + " bytes");
        timeCall("LedgerExport.xlsx", () -> ledger.xlsx(campaignId).length + " bytes");
    }

    private void timeCall(String name, Supplier<String> call) {
        List<Double> times = new ArrayList<>();
        String result = call.get();
        for (int i = 0; i < Math.min(samples, 10); i++) {
            long start = System.nanoTime();
            result = call.get();
            times.add(ms(System.nanoTime() - start));
        }
        row(name, times, result);
    }

    // ---------------------------------------------------------------- figures

    private void row(String name, List<Double> times, String result) {
        if (times.isEmpty()) {
            return;
        }
        line("%-52s %8.1f %8.1f %6d  %s", name, percentile(times, 50), percentile(times, 95), times.size(), result);
    }

    private static List<Double> sum(List<Double> a, List<Double> b) {
        List<Double> sums = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            sums.add(a.get(i) + b.get(i));
        }
        return sums;
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static long medianCount(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /** Nearest-rank percentile. */
    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        out.append(text).append('\n');
        System.out.println("benchmark: " + text);
    }
}
