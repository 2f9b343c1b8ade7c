package org.rectify.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.rectify.campaign.CampaignFixtures;
import org.rectify.campaign.Ledgers;
import org.rectify.support.CaseSteps;
import org.rectify.support.Enterprises;
import org.rectify.support.RestTasks;

/**
 * The fault suite (./mvnw -Pfault-suite verify): two nodes of the packaged application on one
 * MariaDB/MySQL database, driven over HTTP as users would, with a node killed (kill -9) in the
 * middle of a campaign start. Each scenario asserts exact counts (no case lost or doubled, no
 * orphan instance, no failed job) and that the losers of races get 409 or 404; the figures are
 * printed and written to target/fault-suite.txt. Exits 1 when any check fails.
 *
 * <p>Options (system properties): fault.mysql.host (127.0.0.1:3306), fault.enterprises (2000),
 * fault.timerCases (100).
 */
public final class FaultSuite {

    static final ObjectMapper JSON = RestTasks.JSON;
    static final String DB = "rectify_fault";
    static final String HOST = System.getProperty("fault.mysql.host", "127.0.0.1:3306");
    static final int ENTERPRISES = Integer.getInteger("fault.enterprises", 2000);
    static final int TIMER_CASES = Integer.getInteger("fault.timerCases", 100);
    static final int CONCURRENT = 20;
    /** the survey's reminder and escalation timers (timeout task listeners of Activity_SurveyEnterprise) */
    static final String SURVEY_TIMERS = "Activity_SurveyEnterprise";
    static final Path OUT = Path.of("target", "fault");

    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private Node a;
    private Node b;

    public static void main(String[] args) throws Exception {
        FaultSuite suite = new FaultSuite();
        int status = 1;
        try {
            status = suite.run();
        } finally {
            suite.stopAll();
        }
        System.exit(status);
    }

    int run() throws Exception {
        Files.createDirectories(OUT);
        resetDatabase();
        a = Node.start("node-a", 8711, jar(), jdbcUrl());
        a.awaitUp();
        b = Node.start("node-b", 8712, jar(), jdbcUrl());
        b.awaitUp();
        concurrentOpenings();
        concurrentClaimsAndSubmits();
        concurrentExtensions();
        photoAcrossNodes();
        timersOnBothNodes();
        campaignStartSurvivesAKilledNode();
        report();
        return failures.isEmpty() ? 0 : 1;
    }

    // ------------------------------------------------------------------ scenarios

    /** Twenty openings of one enterprise's case at once, on both nodes: one case, nineteen 409s. */
    void concurrentOpenings() throws Exception {
        String body = JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory()));
        List<Answer> answers = together(CONCURRENT, i -> node(i).call("POST", "/api/cases", "district-office1", body));
        long created = count(answers, 201);
        long conflicts = count(answers, 409);
        figure("concurrent case openings (20): 201 / 409 / other", created + " / " + conflicts + " / "
                + (CONCURRENT - created - conflicts));
        check(created == 1 && conflicts == CONCURRENT - 1, "one opening wins, the others get 409");
        String code = answers.stream().filter(x -> x.status() == 201).findFirst().orElseThrow().json().get("creditCode")
                .asText();
        long cases = sql("select count(*) from enterprise_case c join enterprise e on e.id = c.enterprise_id"
                + " where e.credit_code = '" + code + "'");
        long instances = a.call("GET", "/engine-rest/process-instance/count?processDefinitionKey=Process_EnterpriseCase"
                + "&businessKey=" + code, "admin", null).json().get("count").asLong();
        figure("cases / instances of that enterprise", cases + " / " + instances);
        check(cases == 1 && instances == 1, "exactly one case and one instance");
    }

    /** Twenty colleagues claim one survey, then its holder submits it twenty times at once. */
    void concurrentClaimsAndSubmits() throws Exception {
        for (int i = 1; i <= CONCURRENT; i++) {
            String user = "surveyor" + i;
            a.call("POST", "/engine-rest/user/create", "admin", JSON.writeValueAsString(Map.of(
                    "profile", Map.of("id", user, "firstName", "调查员", "lastName", String.valueOf(i)),
                    "credentials", Map.of("password", "demo"))));
            a.call("PUT", "/engine-rest/group/town-econ-center/members/" + user, "admin", null);
        }
        JsonNode opened = a.call("POST", "/api/cases", "district-office1",
                JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory()))).json();
        String code = opened.get("creditCode").asText();
        String task = a.call("GET", "/engine-rest/task?maxResults=1&processInstanceBusinessKey=" + code, "surveyor1",
                null).json().get(0).get("id").asText();
        List<Answer> claims = together(CONCURRENT, i -> node(i).call("POST", "/engine-rest/task/" + task + "/claim",
                "surveyor" + (i + 1), "{\"userId\":\"surveyor" + (i + 1) + "\"}"));
        long won = count(claims, 204);
        long refused = count(claims, 409);
        figure("concurrent claims (20): 204 / 409 / other", won + " / " + refused + " / " + (CONCURRENT - won - refused));
        check(won == 1 && refused == CONCURRENT - 1, "one claim wins, the others get 409");
        String holder = a.call("GET", "/engine-rest/task/" + task, "admin", null).json().get("assignee").asText();
        check(claims.stream().filter(x -> x.status() == 409).allMatch(x -> x.body().contains(holder)),
                "every 409 names the holder " + holder);

        String survey = RestTasks.variables(CaseSteps.survey(java.util.Set.of(), true, true));
        List<Answer> submits = together(CONCURRENT, i -> node(i).call("POST", "/engine-rest/task/" + task
                + "/submit-form", holder, survey));
        long done = count(submits, 204);
        long gone = count(submits, 404) + count(submits, 409);
        figure("concurrent submits of one task (20): 204 / 404+409 / other", done + " / " + gone + " / "
                + (CONCURRENT - done - gone));
        check(done == 1 && gone == CONCURRENT - 1, "one submit wins, the others get 404 or 409");
        long findings = sql("select count(*) from survey_finding where case_id = " + opened.get("id").asLong());
        long reviews = a.call("GET", "/engine-rest/task/count?taskDefinitionKey=Activity_ConductJointReview"
                + "&processInstanceBusinessKey=" + code, "admin", null).json().get("count").asLong();
        figure("survey findings / joint-review tasks after the submits", findings + " / " + reviews);
        check(findings == 8 && reviews == 6, "the survey is recorded once: 8 findings, 6 review tasks");
    }

    /** Ten deadline extensions of one task at once: each either lands (200) or is told to reload (409). */
    void concurrentExtensions() throws Exception {
        JsonNode opened = a.call("POST", "/api/cases", "district-office1",
                JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory()))).json();
        String task = a.call("GET", "/engine-rest/task?maxResults=1&processInstanceBusinessKey="
                + opened.get("creditCode").asText(), "admin", null).json().get(0).get("id").asText();
        List<Answer> extensions = together(10, i -> node(i).call("POST", "/api/tasks/" + task + "/deadline-extension",
                "district-office1", "{\"dueDate\":\"" + LocalDate.now().plusDays(20 + i) + "\",\"reason\":\"并发 " + i + "\"}"));
        long ok = count(extensions, 200);
        long conflict = count(extensions, 409);
        long rows = sql("select count(*) from deadline_extension where task_id = '" + task + "'");
        figure("concurrent extensions (10): 200 / 409 / other; rows kept", ok + " / " + conflict + " / "
                + (10 - ok - conflict) + "; " + rows);
        check(ok >= 1 && ok + conflict == 10 && rows == ok, "extensions land or answer 409, one row per success");
    }

    /** A survey recorded from the phone page through node A with a photo: node B serves the photo. */
    void photoAcrossNodes() throws Exception {
        JsonNode opened = a.call("POST", "/api/cases", "district-office1",
                JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory()))).json();
        String task = a.call("GET", "/engine-rest/task?maxResults=1&processInstanceBusinessKey="
                + opened.get("creditCode").asText(), "town-econ-center1", null).json().get(0).get("id").asText();
        byte[] photo = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(photo);
        photo[0] = (byte) 0xFF;
        photo[1] = (byte) 0xD8;
        photo[2] = (byte) 0xFF;
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("variables", JSON.readTree(RestTasks.variables(CaseSteps.survey(java.util.Set.of(), true, true)))
                .get("variables"));
        submission.put("signedName", "调查员 Surveyor");
        submission.put("signedAt", Instant.now().toString());
        submission.put("clientKey", "fault-suite-" + System.nanoTime());
        submission.put("photos", List.of(Map.of("takenAt", Instant.now().toString(), "latitude", 31.3, "longitude", 120.6)));
        Answer posted = a.uploadResult("/api/on-site/tasks/" + task + "/result", "town-econ-center1",
                JSON.writeValueAsString(submission), photo);
        check(posted.status() == 200, "the survey with its photo is recorded through node A (" + posted.status() + ")");
        if (posted.status() != 200) {
            return;
        }
        String href = posted.json().get("photos").get(0).get("href").asText();
        HttpResponse<byte[]> fromB = b.download(href, "district-office1");
        figure("site photo uploaded through node A, downloaded through node B: status / bytes equal",
                fromB.statusCode() + " / " + java.util.Arrays.equals(fromB.body(), photo));
        check(fromB.statusCode() == 200 && java.util.Arrays.equals(fromB.body(), photo),
                "the photo uploaded through node A downloads through node B, byte for byte");
    }

    /** The reminders and escalations of many cases fall due together: each fires once, on both nodes. */
    void timersOnBothNodes() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < TIMER_CASES; i++) {
            codes.add(node(i).call("POST", "/api/cases", "district-office1",
                    JSON.writeValueAsString(Map.of("enterprise", Enterprises.glueFactory()))).json().get("creditCode").asText());
        }
        long jobsBefore = jobLogCount(null, SURVEY_TIMERS);
        String now = Instant.now().minusSeconds(5).toString().replace("Z", "+0000");
        int moved = 0;
        for (String code : codes) {
            JsonNode instance = a.call("GET", "/engine-rest/process-instance?maxResults=1&processDefinitionKey="
                    + "Process_EnterpriseCase&businessKey=" + code, "admin", null).json().get(0);
            for (JsonNode job : a.call("GET", "/engine-rest/job?maxResults=10&timers=true&processInstanceId="
                    + instance.get("id").asText(), "admin", null).json()) {
                a.call("PUT", "/engine-rest/job/" + job.get("id").asText() + "/duedate", "admin",
                        "{\"duedate\":\"" + now.substring(0, 23) + "+0000\"}");
                moved++;
            }
        }
        awaitTrue(Duration.ofMinutes(4), () -> a.call("GET", "/engine-rest/job/count?timers=true&executable=true"
                + "&processDefinitionKey=Process_EnterpriseCase", "admin", null).json().get("count").asLong() == 0);
        String in = String.join(",", codes.stream().map(c -> "'" + c + "'").toList());
        long reminders = sql("select count(*) from notification n join enterprise_case c on c.id = n.case_id"
                + " join enterprise e on e.id = c.enterprise_id where n.kind = 'REMINDER'"
                + " and n.activity_id = 'Activity_SurveyEnterprise' and e.credit_code in (" + in + ")");
        long escalations = sql("select count(*) from notification n join enterprise_case c on c.id = n.case_id"
                + " join enterprise e on e.id = c.enterprise_id where n.kind = 'ESCALATION'"
                + " and n.activity_id = 'Activity_SurveyEnterprise' and e.credit_code in (" + in + ")");
        long onA = jobLogCount("node-a", SURVEY_TIMERS);
        long onB = jobLogCount("node-b", SURVEY_TIMERS);
        long failed = failedJobs();
        figure("timers made due together", String.valueOf(moved));
        figure("reminders / escalations of " + TIMER_CASES + " cases", reminders + " / " + escalations);
        figure("survey timer jobs run on node-a / node-b", onA + " / " + onB + " (" + (onA + onB - jobsBefore) + " in all)");
        figure("failed jobs", String.valueOf(failed));
        check(reminders == TIMER_CASES && escalations == TIMER_CASES, "each reminder and escalation fires once");
        check(onA > 0 && onB > 0, "both nodes run timers");
        check(failed == 0, "no job failed");
    }

    /** A campaign start of many enterprises; one node is killed (kill -9) halfway; the other finishes it. */
    void campaignStartSurvivesAKilledNode() throws Exception {
        JsonNode campaign = a.call("POST", "/api/campaigns", "district-office1",
                JSON.writeValueAsString(CampaignFixtures.townPlan("故障演练 Fault drill " + Instant.now()))).json();
        long id = campaign.get("id").asLong();
        byte[] ledger = Ledgers.of(IntStream.rangeClosed(1, ENTERPRISES).mapToObj(CampaignFixtures::producer).toList());
        Answer imported = a.upload("/api/campaigns/" + id + "/roster/import", "district-office1", ledger, "台账.xlsx");
        check(imported.status() == 200, "the roster of " + ENTERPRISES + " imports (" + imported.status() + ")");
        Instant began = Instant.now();
        Answer started = a.call("POST", "/api/campaigns/" + id + "/start", "district-office1", null);
        check(started.status() == 202, "the start is accepted (" + started.status() + " " + started.body() + ")");
        // a quarter opened and a batch done on each node (a node's first batches may still be running
        // when the other has finished some), unless the whole start is done first
        awaitTrue(Duration.ofMinutes(5), () -> {
            long opened = startStatus(b, id).get("started").asLong();
            return opened >= ENTERPRISES || opened >= ENTERPRISES / 4
                    && jobLogCount("node-a", "Activity_OpenBatchOfCases") > 0
                    && jobLogCount("node-b", "Activity_OpenBatchOfCases") > 0;
        });
        a.kill();
        Instant killed = Instant.now();
        JsonNode waiting = startStatus(b, id);
        long beforeKill = waiting.get("started").asLong();
        // node-a runs nothing more: what its name has in the job log it ran before the kill
        long batchesOnA = jobLogCount("node-a", "Activity_OpenBatchOfCases");
        long batchesOnB = jobLogCount("node-b", "Activity_OpenBatchOfCases");
        awaitTrue(Duration.ofMinutes(4), () -> "STARTED".equals(startStatus(b, id).get("state").asText()));
        Duration takeover = Duration.between(killed, Instant.now());
        long cases = sql("select count(*) from enterprise_case where campaign_id = " + id);
        long enterprises = sql("select count(distinct enterprise_id) from enterprise_case where campaign_id = " + id);
        long linked = sql("select count(*) from campaign_roster_entry r join enterprise_case c on c.id = r.case_id"
                + " where r.campaign_id = " + id + " and r.status = 'STARTED' and c.process_instance_id is not null");
        long instances = sql("select count(distinct c.process_instance_id) from enterprise_case c"
                + " where c.campaign_id = " + id);
        long orphans = b.call("GET", "/engine-rest/process-instance/count?processDefinitionKey=Process_EnterpriseCase",
                "admin", null).json().get("count").asLong() - sql("select count(*) from enterprise_case c"
                + " where c.process_instance_id is not null and c.closed_at is null");
        figure("campaign start: enterprises", String.valueOf(ENTERPRISES));
        figure("cases opened when node-a was killed", beforeKill + " (batches run on node-a / node-b by then: "
                + batchesOnA + " / " + batchesOnB + ")");
        figure("status right after the kill", waiting.get("message").asText());
        figure("node-b finished the start after the kill in", takeover.toSeconds() + " s (start took "
                + Duration.between(began, Instant.now()).toSeconds() + " s)");
        figure("cases / enterprises / roster entries linked / instances", cases + " / " + enterprises + " / " + linked
                + " / " + instances);
        figure("running instances without a case", String.valueOf(orphans));
        figure("failed jobs after the kill", String.valueOf(failedJobs()));
        check(batchesOnA > 0 && batchesOnB > 0, "both nodes run start batches");
        check(takeover.toSeconds() <= 120, "the other node finishes within two minutes of the kill");
        check(cases == ENTERPRISES && enterprises == ENTERPRISES && linked == ENTERPRISES && instances == ENTERPRISES,
                "every enterprise has exactly one case and one instance");
        check(orphans == 0, "no instance without its case");
        check(failedJobs() == 0, "no failed job");
        // the killed node comes back on the same database
        a = Node.start("node-a", 8711, jar(), jdbcUrl());
        a.awaitUp();
        figure("node-a restarted", "UP");
    }

    // ------------------------------------------------------------------ helpers

    /** The start's progress as the node reports it; anything but a 200 stops the suite with the answer and the node's errors. */
    private JsonNode startStatus(Node node, long campaignId) throws Exception {
        Answer answer = node.call("GET", "/api/campaigns/" + campaignId + "/start", "district-office1", null);
        if (answer.status() != 200) {
            throw new IllegalStateException("GET /api/campaigns/" + campaignId + "/start on " + node.name + " answered "
                    + answer.status() + " " + answer.body() + "\n" + node.recentErrors());
        }
        return answer.json();
    }

    private long jobLogCount(String hostname, String activityId) throws Exception {
        return b.call("GET", "/engine-rest/history/job-log/count?successLog=true&activityIdIn=" + activityId
                + (hostname == null ? "" : "&hostname=" + hostname), "admin", null).json().get("count").asLong();
    }

    private long failedJobs() throws Exception {
        return b.call("GET", "/engine-rest/job/count?noRetriesLeft=true", "admin", null).json().get("count").asLong();
    }

    private Node node(int i) {
        return i % 2 == 0 ? a : b;
    }

    interface Call {
        Answer run(int i) throws Exception;
    }

    /** n calls released at the same moment. */
    private static List<Answer> together(int n, Call call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int number = i;
                answers.add(pool.submit((Callable<Answer>) () -> {
                    go.await();
                    return call.run(number);
                }));
            }
            go.countDown();
            List<Answer> done = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                done.add(answer.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    private static long count(List<Answer> answers, int status) {
        return answers.stream().filter(x -> x.status() == status).count();
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Duration limit, Condition condition) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("not reached within " + limit.toSeconds() + " s");
    }

    private void figure(String what, String value) {
        figures.put(what, value);
        System.out.println("fault-suite: " + what + ": " + value);
    }

    private void check(boolean passed, String what) {
        System.out.println("fault-suite: " + (passed ? "ok   " : "FAIL ") + what);
        if (!passed) {
            failures.add(what);
        }
    }

    private void report() throws IOException {
        StringBuilder text = new StringBuilder("Fault suite, " + Instant.now() + ", two nodes on MariaDB/MySQL at "
                + HOST + ", " + Runtime.getRuntime().availableProcessors() + " cores\n\n");
        figures.forEach((what, value) -> text.append(String.format("%-70s %s%n", what, value)));
        text.append("\n").append(failures.isEmpty() ? "all checks passed" : "FAILED: " + String.join("; ", failures))
                .append("\n");
        Files.writeString(Path.of("target", "fault-suite.txt"), text);
        System.out.println(text);
    }

    private void stopAll() {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    private static long sql(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + DB, "root", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void resetDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + HOST + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DB);
            statement.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static String jdbcUrl() {
        return "jdbc:mysql://" + HOST + "/" + DB + "?useUnicode=true&characterEncoding=UTF-8&sendFractionalSeconds=false"
                + "&nullDatabaseMeansCurrent=true&serverTimezone=UTC";
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("rectify-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/rectify-*.jar: package first"));
        }
    }

    // ------------------------------------------------------------------ one node

    record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** One app node: its own JVM on its own port, logging to target/fault/<name>.log. */
    static final class Node {
        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        final String name;
        final int port;
        private final Process process;

        private Node(String name, int port, Process process) {
            this.name = name;
            this.port = port;
            this.process = process;
        }

        static Node start(String name, int port, Path jar, String url) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx700m", "-jar", jar.toString(), "--spring.profiles.active=mysql", "--server.port=" + port,
                    "--rectify.demo-data=true", "--rectify.demo-campaign=false",
                    "--camunda.bpm.generic-properties.properties.hostname=" + name)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(OUT.resolve(name + ".log").toFile()));
            builder.environment().put("RECTIFY_DB_URL", url);
            builder.environment().put("RECTIFY_DB_USER", "root");
            builder.environment().put("RECTIFY_DB_PASSWORD", "");
            builder.environment().put("RECTIFY_ADMIN_PASSWORD", "demo");
            System.out.println("fault-suite: starting " + name + " on port " + port);
            return new Node(name, port, builder.start());
        }

        void awaitUp() throws Exception {
            awaitTrue(Duration.ofMinutes(4), () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped while starting; see " + OUT.resolve(name + ".log"));
                }
                try {
                    return call("GET", "/actuator/health", null, null).body().contains("\"UP\"");
                } catch (IOException notYet) {
                    return false;
                }
            });
            System.out.println("fault-suite: " + name + " is UP");
        }

        /** The node's last ERROR lines and what follows each (a stack's first lines), for a failure report. */
        String recentErrors() throws IOException {
            List<String> lines = Files.readAllLines(OUT.resolve(name + ".log"), StandardCharsets.UTF_8);
            List<String> picked = new ArrayList<>();
            for (int i = Math.max(0, lines.size() - 400); i < lines.size(); i++) {
                if (lines.get(i).contains(" ERROR ")) {
                    picked.addAll(lines.subList(i, Math.min(lines.size(), i + 4)));
                }
            }
            return name + " log, last errors:\n" + String.join("\n", picked.subList(Math.max(0, picked.size() - 40),
                    picked.size()));
        }

        /** kill -9: the JVM ends at once, its transactions and job locks left as they are. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            System.out.println("fault-suite: " + name + " killed");
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        Answer call(String method, String path, String user, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(120))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").header("Accept", "application/json");
            if (user != null) {
                request.header("Authorization", basic(user));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        }

        Answer upload(String path, String user, byte[] file, String filename) throws IOException, InterruptedException {
            String boundary = "----rectify" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + file.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(file, 0, body, head.length, file.length);
            System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(300)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", basic(user)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        }

        /** The phone page's submission: its JSON part and one JPEG photo. */
        Answer uploadResult(String path, String user, String submission, byte[] photo)
                throws IOException, InterruptedException {
            String boundary = "----rectify" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"submission\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + submission + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"site.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(photo);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", basic(user)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        }

        HttpResponse<byte[]> download(String path, String user) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", basic(user)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        }
    }
}
