package org.rectify.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectify.RectifyApplication;
import org.rectify.campaign.CampaignLevel;
import org.rectify.campaign.CampaignPlan;
import org.rectify.campaign.CampaignProgress;
import org.rectify.campaign.Campaigns;
import org.rectify.campaign.MeetingKind;
import org.rectify.campaign.YearTarget;
import org.rectify.deadline.OverdueView;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.CaseOpening;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.EnterpriseCase;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.rectification.Hazard;
import org.rectify.rectification.HazardArea;
import org.rectify.report.LedgerExport;
import org.rectify.report.SummaryReport;
import org.rectify.report.dashboard.DashboardData;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 100,000-case benchmark of the progress API, the Cockpit dashboard, the work summary and the
 * ledger export. Not a test: it boots the whole application (job executor and demo campaign off),
 * seeds one campaign through the real Flyway tables, times each public call and prints the figures.
 *
 * <p>Run it with {@code ./mvnw -Pbenchmark verify} (README, "Benchmark"). System properties:
 * <ul>
 *   <li>{@code benchmark.db}: {@code h2} (in-memory, default), {@code h2file} (under target/) or
 *       {@code mysql} (database {@code rectify_bench} on {@code benchmark.mysql.host}, default
 *       127.0.0.1:3306, user root with an empty password; dropped and created anew)</li>
 *   <li>{@code benchmark.cases}: cases in the campaign (100000)</li>
 *   <li>{@code benchmark.engineCases}: how many of them are real process instances opened through
 *       the engine, whose survey tasks become overdue (2000)</li>
 *   <li>{@code benchmark.warmups} (2) and {@code benchmark.runs} (5) per call</li>
 * </ul>
 */
public final class ReportBenchmark {

    private static final int CHUNK = 5_000;
    private static final String[] AGENCIES = {"safety", "environment", "market-regulation", "natural-resources",
        "development-reform", "quality"};
    private static final String[] UNIT_TYPES = {"反应釜 Reactor", "生产线 Production line", "储罐 Storage tank",
        "蒸馏装置 Distillation unit"};
    private static final String[] TOWNS = {"新桥镇", "金港镇", "塘桥镇", "凤凰镇", "南丰镇", "大新镇", "乐余镇", "锦丰镇"};

    private final String db;
    private final int cases;
    private final int engineCases;
    private final int warmups;
    private final int runs;
    private final Random random = new Random(20_240_601L);
    private final Map<String, String> seeded = new LinkedHashMap<>();
    private final List<String> results = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();

    private ConfigurableApplicationContext context;
    private JdbcTemplate seedJdbc;
    private TransactionTemplate seedTx;
    private SingleConnectionDataSource seedDataSource;

    private ReportBenchmark() {
        this.db = System.getProperty("benchmark.db", "h2").toLowerCase(Locale.ROOT);
        this.cases = Integer.getInteger("benchmark.cases", 100_000);
        this.engineCases = Math.min(cases, Integer.getInteger("benchmark.engineCases", 2_000));
        this.warmups = Integer.getInteger("benchmark.warmups", 2);
        this.runs = Math.max(1, Integer.getInteger("benchmark.runs", 5));
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        ReportBenchmark benchmark = new ReportBenchmark();
        try {
            benchmark.run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            benchmark.close();
        }
        System.exit(status);
    }

    private void run() throws Exception {
        long bootStart = System.nanoTime();
        context = boot();
        String booted = ms(System.nanoTime() - bootStart);
        DataSource appDataSource = context.getBean(DataSource.class);
        if ("mysql".equals(db)) {
            // our own connection for seeding only: batched inserts rewritten into multi-row INSERTs
            // (the engine must not run with rewriteBatchedStatements, its batch update counts need it off)
            seedDataSource = new SingleConnectionDataSource(
                    BenchmarkDatabase.mysqlUrl("rectify_bench") + "&rewriteBatchedStatements=true", "root", "", true);
            seedJdbc = new JdbcTemplate(seedDataSource);
            seedTx = new TransactionTemplate(new DataSourceTransactionManager(seedDataSource));
        } else {
            seedJdbc = new JdbcTemplate(appDataSource);
            seedTx = new TransactionTemplate(new DataSourceTransactionManager(appDataSource));
        }

        long seedStart = System.nanoTime();
        Long campaignId = createCampaign();
        long engineStart = System.nanoTime();
        List<long[]> engineOpened = openEngineCases(campaignId);
        long engineTime = System.nanoTime() - engineStart;
        seed(campaignId, engineOpened);
        long seedTime = System.nanoTime() - seedStart;

        long rosterRows = count("SELECT COUNT(*) FROM campaign_roster_entry WHERE campaign_id = ?", campaignId);
        long caseRows = count("SELECT COUNT(*) FROM enterprise_case WHERE campaign_id = ?", campaignId);
        long openTasks = context.getBean(TaskService.class).createTaskQuery().count();

        CampaignProgress progress = context.getBean(CampaignProgress.class);
        DashboardData dashboard = context.getBean(DashboardData.class);
        SummaryReport summary = context.getBean(SummaryReport.class);
        LedgerExport ledger = context.getBean(LedgerExport.class);
        OverdueView overdue = context.getBean(OverdueView.class);
        String stage = CaseStage.RECTIFICATION.name();
        long stageCases = count("SELECT COUNT(*) FROM enterprise_case WHERE campaign_id = ? AND stage = ?",
                campaignId, stage);

        // today: nothing overdue yet (the engine's survey tasks are due in 10 working days)
        time("CampaignProgress.of", () -> progress.of(campaignId).cases() + " cases");
        time("DashboardData.of (no task overdue)", () -> describe(dashboard.of(campaignId)));
        time("DashboardData.cases(stage, " + stage + ")", () -> listed(dashboard.cases(campaignId, "stage", stage))
                + " (" + stageCases + " at the stage)");
        time("DashboardData.cases(all)", () -> listed(dashboard.cases(campaignId, "all", null)));
        time("SummaryReport.html(zh)", () -> summary.html(campaignId, "zh").length() + " chars");
        time("SummaryReport.docx(zh)", () -> summary.docx(campaignId, "zh").length + " bytes");
        time("LedgerExport.xlsx", () -> ledger.xlsx(campaignId).length + " bytes");

        breakdown(campaignId);

        // two months later: every one of the engine's survey tasks is overdue
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(60))));
        try {
            time("OverdueView.overview(0) (" + engineOpened.size() + " overdue)",
                    () -> overdue.overview(0).overdue().size() + " listed");
            time("DashboardData.of (" + engineOpened.size() + " overdue)", () -> describe(dashboard.of(campaignId)));
            time("SummaryReport.html(zh) (" + engineOpened.size() + " overdue)",
                    () -> summary.html(campaignId, "zh").length() + " chars");
        } finally {
            ClockUtil.reset();
        }

        System.gc();
        long heapAfter = heapUsed();
        long heapMax = Runtime.getRuntime().maxMemory();
        StringBuilder out = new StringBuilder();
        out.append("\n================ Rectify report benchmark ================\n");
        out.append(String.format("database            %s%s%n", describeDb(),
                System.getProperty("benchmark.flywayTarget", "").isBlank() ? ""
                        : " (migrated only up to V" + System.getProperty("benchmark.flywayTarget") + ")"));
        out.append(String.format("machine             %d cpus, max heap %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), mb(heapMax), System.getProperty("java.version")));
        out.append(String.format("application boot    %s ms%n", booted));
        out.append(String.format("campaign            id %d: %d cases (%d enterprise_case rows, %d roster entries)%n",
                campaignId, cases, caseRows, rosterRows));
        out.append(String.format("engine cases        %d opened through the engine in %s ms (%d open tasks in all)%n",
                engineOpened.size(), ms(engineTime), openTasks));
        out.append(String.format("seeding             %s ms in all (JDBC batches of %d)%n", ms(seedTime), CHUNK));
        seeded.forEach((table, rows) -> out.append(String.format("  %-26s %s%n", table, rows)));
        out.append(String.format("%nruns: %d warm-up + %d timed per call, a GC before each; peak heap: the heap pools'"
                + " peaks added up during a run (an upper bound, garbage included; an in-memory H2 database lives"
                + " in this heap too); allocated: bytes the call allocated%n", warmups, runs));
        out.append(String.format("%-46s %9s %9s %9s %10s %10s  %s%n", "call", "min ms", "median", "max ms",
                "peak heap", "allocated", "result"));
        results.forEach(out::append);
        if (!queries.isEmpty()) {
            out.append(String.format("%nthe SQL behind them, one statement at a time (median of %d runs)%n", runs));
            queries.forEach(out::append);
        }
        out.append(String.format("%nheap used after the benchmark (after GC): %s of %s%n", mb(heapAfter), mb(heapMax)));
        out.append("==========================================================\n");
        System.out.println(out);
        Path report = Path.of("target", "benchmark-" + db + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        System.out.println("(also written to " + report.toAbsolutePath() + ")");
    }

    // ---------------------------------------------------------------- application

    private ConfigurableApplicationContext boot() throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--rectify.demo-campaign=false",
                "--rectify.demo-data=true",
                "--rectify.rectification.report-folder=target/benchmark-reports",
                "--logging.level.root=WARN",
                "--logging.level.org.rectify=WARN"));
        switch (db) {
            // results of a repeated query are not reused: on a live system the tables change in between
            case "h2" -> args.add("--spring.datasource.url=jdbc:h2:mem:rectify-bench;DB_CLOSE_DELAY=-1"
                    + ";OPTIMIZE_REUSE_RESULTS=FALSE");
            case "h2file" -> {
                Path folder = Path.of("target", "benchmark-db").toAbsolutePath();
                if (Files.isDirectory(folder)) {
                    try (var files = Files.walk(folder)) {
                        files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
                    }
                }
                args.add("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("rectify-bench")
                        + ";OPTIMIZE_REUSE_RESULTS=FALSE");
            }
            case "mysql" -> {
                BenchmarkDatabase.recreateMysql("rectify_bench");
                args.addAll(List.of(
                        "--spring.profiles.active=mysql",
                        "--spring.datasource.url=" + BenchmarkDatabase.mysqlUrl("rectify_bench"),
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        // the mysql profile refuses to start without it (a property will do)
                        "--RECTIFY_ADMIN_PASSWORD=demo"));
            }
            default -> throw new IllegalArgumentException("benchmark.db: h2, h2file or mysql, got " + db);
        }
        String target = System.getProperty("benchmark.flywayTarget", "");
        if (!target.isBlank()) {
            // e.g. 7: without the report indexes of V8, to compare
            args.add("--spring.flyway.target=" + target);
        }
        SpringApplication application = new SpringApplication(RectifyApplication.class);
        return application.run(args.toArray(String[]::new));
    }

    private String describeDb() {
        return switch (db) {
            case "mysql" -> {
                String version = seedJdbc.queryForObject("SELECT VERSION()", String.class);
                yield "MySQL protocol, server " + version + " at " + BenchmarkDatabase.mysqlHost() + "/rectify_bench";
            }
            case "h2file" -> "H2 file database under target/benchmark-db";
            default -> "H2 in-memory";
        };
    }

    private void close() {
        if (seedDataSource != null) {
            seedDataSource.destroy();
        }
        if (context != null) {
            context.close();
        }
    }

    // ---------------------------------------------------------------- timing

    private void time(String name, Callable<String> call) throws Exception {
        String result = null;
        for (int i = 0; i < warmups; i++) {
            result = call.call();
        }
        long[] times = new long[runs];
        long peak = 0;
        long allocated = 0;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        for (int i = 0; i < runs; i++) {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long allocatedBefore = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            result = call.call();
            times[i] = System.nanoTime() - start;
            allocated = Math.max(allocated, threads.getThreadAllocatedBytes(thread) - allocatedBefore);
            peak = Math.max(peak, pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        Arrays.sort(times);
        String line = String.format("%-46s %9s %9s %9s %10s %10s  %s%n", name, ms(times[0]), ms(times[runs / 2]),
                ms(times[runs - 1]), mb(peak), mb(allocated), result);
        results.add(line);
        System.out.print("benchmark: " + line);
    }

    private static String describe(DashboardData.Dashboard d) {
        long late = d.overdueByAgency().values().stream().mapToLong(Long::longValue).sum();
        return d.progress().cases() + " cases, " + d.hazards().found() + " hazards, " + late + " overdue by agency";
    }

    private static String listed(DashboardData.CaseList list) {
        return list.cases().size() + " of " + list.total() + " listed";
    }

    private static long heapUsed() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }

    private long count(String sql, Object... args) {
        return seedJdbc.queryForObject(sql, Long.class, args);
    }

    /**
     * The statements the progress, dashboard and summary run (as Hibernate or DashboardData send
     * them, in plain SQL), each timed alone on the application's pool: where the time goes.
     */
    private void breakdown(Long campaignId) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        LocalDate from = campaignStart();
        LocalDate to = from.plusYears(1);
        Timestamp fromTs = Timestamp.valueOf(from.atStartOfDay());
        Timestamp toTs = Timestamp.valueOf(to.atStartOfDay());
        Map<String, Object[]> sql = new LinkedHashMap<>();
        sql.put("progress: cases by stage", new Object[] {
            "SELECT stage, COUNT(*) FROM enterprise_case WHERE campaign_id = ? GROUP BY stage", campaignId});
        sql.put("progress: cases by disposition", new Object[] {
            "SELECT disposition, COUNT(*) FROM enterprise_case WHERE campaign_id = ? GROUP BY disposition", campaignId});
        sql.put("progress: cases by outcome", new Object[] {
            "SELECT outcome, COUNT(*) FROM enterprise_case WHERE campaign_id = ? GROUP BY outcome", campaignId});
        sql.put("progress: closures due in a year (x6)", new Object[] {"SELECT COUNT(*) FROM enterprise_case"
            + " WHERE campaign_id = ? AND disposition IN ('CLOSE', 'ALREADY_STOPPED', 'CONVERT_TO_SERVICES')"
            + " AND deadline >= ? AND deadline < ?", campaignId, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)});
        sql.put("progress: closures ended in a year (x6)", new Object[] {"SELECT COUNT(*) FROM enterprise_case"
            + " WHERE campaign_id = ? AND outcome IN ('CLOSED', 'CONVERTED') AND closed_at >= ? AND closed_at < ?",
            campaignId, fromTs, toTs});
        sql.put("progress: roster by status", new Object[] {
            "SELECT status, COUNT(*) FROM campaign_roster_entry WHERE campaign_id = ? GROUP BY status", campaignId});
        sql.put("progress: commitment letters", new Object[] {"SELECT COUNT(DISTINCT c.enterprise_id)"
            + " FROM campaign_meeting m JOIN campaign_meeting_commitment c ON c.meeting_id = m.id"
            + " WHERE m.campaign_id = ?", campaignId});
        sql.put("dashboard: case ids of the campaign", new Object[] {
            "SELECT id FROM enterprise_case WHERE campaign_id = ?", campaignId});
        sql.put("dashboard: hazards by case", new Object[] {"SELECT h.case_id, COUNT(*) FROM hazard h"
            + " JOIN enterprise_case c ON c.id = h.case_id WHERE c.campaign_id = ? GROUP BY h.case_id ORDER BY h.case_id",
            campaignId});
        sql.put("dashboard: verified hazards by case", new Object[] {"SELECT h.case_id, COUNT(*) FROM hazard h"
            + " JOIN enterprise_case c ON c.id = h.case_id WHERE c.campaign_id = ? AND h.status = 'VERIFIED'"
            + " GROUP BY h.case_id ORDER BY h.case_id", campaignId});
        sql.put("dashboard: land", new Object[] {"SELECT COALESCE(SUM(land_reclaimed_mu), 0),"
            + " COALESCE(SUM(structures_demolished_m2), 0) FROM enterprise_case WHERE campaign_id = ?", campaignId});
        sql.put("summary: roster by business type", new Object[] {"SELECT e.business_type, COUNT(*)"
            + " FROM campaign_roster_entry r JOIN enterprise e ON e.id = r.enterprise_id WHERE r.campaign_id = ?"
            + " GROUP BY e.business_type", campaignId});
        sql.put("summary: roster by revenue band with sales", new Object[] {"SELECT e.revenue_band, COUNT(*),"
            + " SUM(e.annual_sales) FROM campaign_roster_entry r JOIN enterprise e ON e.id = r.enterprise_id"
            + " WHERE r.campaign_id = ? GROUP BY e.revenue_band", campaignId});
        sql.put("summary: roster above designated size", new Object[] {"SELECT COUNT(*) FROM campaign_roster_entry r"
            + " JOIN enterprise e ON e.id = r.enterprise_id WHERE r.campaign_id = ? AND e.above_scale = TRUE",
            campaignId});
        sql.put("summary: cases decided at the review", new Object[] {"SELECT COUNT(DISTINCT d.case_id) FROM decision d"
            + " JOIN enterprise_case c ON c.id = d.case_id WHERE c.campaign_id = ? AND d.kind = 'REVIEW'", campaignId});
        sql.put("summary: cases decided other than compliant", new Object[] {"SELECT COUNT(DISTINCT d.case_id)"
            + " FROM decision d JOIN enterprise_case c ON c.id = d.case_id WHERE c.campaign_id = ? AND d.kind = 'REVIEW'"
            + " AND d.disposition <> 'COMPLIANT'", campaignId});
        sql.put("summary: land reclaimed", new Object[] {
            "SELECT SUM(land_reclaimed_mu) FROM enterprise_case WHERE campaign_id = ?", campaignId});
        sql.put("summary: added at verification", new Object[] {"SELECT COUNT(*) FROM enterprise_case"
            + " WHERE campaign_id = ? AND added_at_verification = TRUE", campaignId});
        sql.put("summary: hazards by status", new Object[] {"SELECT h.status, COUNT(*) FROM hazard h"
            + " JOIN enterprise_case c ON c.id = h.case_id WHERE c.campaign_id = ? GROUP BY h.status", campaignId});
        sql.put("summary: units eliminated", new Object[] {"SELECT u.unit_type, SUM(u.unit_count)"
            + " FROM eliminated_unit u JOIN enterprise_case c ON c.id = u.case_id WHERE c.campaign_id = ?"
            + " GROUP BY u.unit_type ORDER BY u.unit_type", campaignId});
        sql.put("ledger: roster with enterprise and case", new Object[] {"SELECT e.*, c.* FROM campaign_roster_entry r"
            + " JOIN enterprise e ON e.id = r.enterprise_id LEFT JOIN enterprise_case c ON c.id = r.case_id"
            + " WHERE r.campaign_id = ? ORDER BY r.id", campaignId});
        sql.forEach((name, statement) -> {
            Object[] args = Arrays.copyOfRange(statement, 1, statement.length);
            long[] times = new long[runs];
            long rows = 0;
            for (int i = -1; i < runs; i++) {
                long start = System.nanoTime();
                // a new text each run: H2 would otherwise hand back the previous run's result
                rows = jdbc.query(statement[0] + " /* run " + i + " */", rs -> {
                    long n = 0;
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rs.getObject(c);
                        }
                        n++;
                    }
                    return n;
                }, args);
                if (i >= 0) {
                    times[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(times);
            queries.add(String.format("  %-44s %9s ms  %d rows%n", name, ms(times[runs / 2]), rows));
        });
    }

    // ---------------------------------------------------------------- seeding

    private LocalDate campaignStart() {
        return LocalDate.now().minusYears(2).withDayOfYear(1);
    }

    private Long createCampaign() {
        LocalDate start = campaignStart();
        int closures = cases / 4;
        int relocations = cases / 20;
        CampaignPlan plan = new CampaignPlan("基准测试 Benchmark " + cases + " cases", CampaignLevel.CITY, "基准市",
                start, start.plusYears(3).minusDays(1), "市化工企业专项整治工作领导小组", null, closures, relocations,
                List.of(new YearTarget(1, closures / 2, relocations / 3), new YearTarget(2, closures / 3,
                        relocations / 3), new YearTarget(3, closures / 6, relocations / 3)));
        Long id = context.getBean(Campaigns.class).create(plan, "district-office1").id();
        Timestamp requested = Timestamp.valueOf(start.plusDays(20).atStartOfDay());
        seedJdbc.update("UPDATE campaign SET start_requested_by = ?, start_requested_at = ? WHERE id = ?",
                "district-office1", requested, id);
        return id;
    }

    /** Opens real cases through the engine: (enterprise id, case id) of each. */
    private List<long[]> openEngineCases(Long campaignId) {
        CaseOpening opening = context.getBean(CaseOpening.class);
        List<long[]> opened = new ArrayList<>();
        for (int i = 0; i < engineCases; i++) {
            String first17 = "91329900" + String.format("E%08d", i);
            EnterpriseDetails details = new EnterpriseDetails(first17 + UnifiedSocialCreditCode.checkCharacter(first17),
                    "基准引擎化工厂" + i + " Engine works " + i, TOWNS[i % TOWNS.length], "村" + (i % 40),
                    "工业路" + i + "号", "李" + i, "0512-5555 " + (1000 + i % 9000), "化学原料和化学制品制造业", "涂料",
                    RevenueBand.BELOW_2M, false, 10 + i % 50, new BigDecimal("2.50"), BusinessType.PRODUCER,
                    null, null, new BigDecimal("180.00"));
            EnterpriseCase kase = opening.open(details, campaignId);
            opened.add(new long[] {kase.getEnterprise().getId(), kase.getId()});
        }
        seeded.put("engine process instances", String.valueOf(opened.size()));
        return opened;
    }

    private long nextId(String table) {
        return seedJdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }

    private record Plan(CaseStage stage, Disposition disposition, Disposition suggested, CaseOutcome outcome,
                        LocalDate deadline, Instant closedAt, boolean amended, Disposition reviewed) {
    }

    private static final Disposition[] DISPOSITIONS = Disposition.values();
    // COMPLIANT, RECTIFY_IN_PLACE, OBTAIN_APPROVALS, ADJUST_LICENCE_SCOPE, RELOCATE_TO_PARK, CLOSE,
    // ALREADY_STOPPED, CONVERT_TO_SERVICES, ELIMINATE_LINES, PENDING
    private static final int[] DISPOSITION_WEIGHTS = {18, 24, 8, 4, 6, 20, 8, 4, 5, 3};

    private Disposition pickDisposition() {
        int total = Arrays.stream(DISPOSITION_WEIGHTS).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < DISPOSITION_WEIGHTS.length; i++) {
            pick -= DISPOSITION_WEIGHTS[i];
            if (pick < 0) {
                return DISPOSITIONS[i];
            }
        }
        throw new IllegalStateException();
    }

    private static boolean upgrades(Disposition d) {
        return d == Disposition.RECTIFY_IN_PLACE || d == Disposition.OBTAIN_APPROVALS
                || d == Disposition.ELIMINATE_LINES;
    }

    private CaseStage upgradeStage() {
        double p = random.nextDouble();
        return p < 0.15 ? CaseStage.COMMITMENT : p < 0.35 ? CaseStage.DIAGNOSIS : p < 0.70 ? CaseStage.RECTIFICATION
                : p < 0.85 ? CaseStage.EVALUATION : CaseStage.ACCEPTANCE;
    }

    /** Where one case stands: undecided, on its disposition's path, or ended. */
    private Plan plan() {
        LocalDate start = campaignStart();
        double p = random.nextDouble();
        if (p < 0.075) {
            CaseStage stage = p < 0.03 ? CaseStage.SURVEY : p < 0.05 ? CaseStage.JOINT_REVIEW
                    : p < 0.065 ? CaseStage.DECISION : CaseStage.VERIFICATION;
            Disposition suggested = stage == CaseStage.SURVEY ? null : pickDisposition();
            return new Plan(stage, null, suggested, null, null, null, false, null);
        }
        Disposition d = pickDisposition();
        boolean amended = random.nextDouble() < 0.08;
        Disposition reviewed = amended ? pickDisposition() : d;
        Disposition suggested = random.nextDouble() < 0.8 ? reviewed : pickDisposition();
        LocalDate deadline = d == Disposition.COMPLIANT ? null : start.plusDays(90 + random.nextInt(3 * 365 - 90));
        long elapsed = java.time.temporal.ChronoUnit.DAYS.between(start, LocalDate.now());
        Instant closedAt = start.plusDays(30 + random.nextInt((int) Math.max(1, elapsed - 30)))
                .atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(ZoneId.systemDefault()).toInstant();
        if (d == Disposition.COMPLIANT || (d != Disposition.PENDING && random.nextDouble() < 0.45)) {
            return new Plan(CaseStage.CLOSED, d, suggested, CaseOutcome.of(d), deadline, closedAt, amended, reviewed);
        }
        CaseStage stage = switch (d) {
            case PENDING -> CaseStage.PENDING;
            case RECTIFY_IN_PLACE, OBTAIN_APPROVALS -> upgradeStage();
            case ELIMINATE_LINES -> random.nextDouble() < 0.3 ? CaseStage.CLOSURE : upgradeStage();
            case CLOSE, ALREADY_STOPPED, CONVERT_TO_SERVICES -> random.nextDouble() < 0.7 ? CaseStage.CLOSURE
                    : CaseStage.LICENCE;
            case ADJUST_LICENCE_SCOPE -> CaseStage.LICENCE;
            case RELOCATE_TO_PARK -> CaseStage.RELOCATION;
            case COMPLIANT -> CaseStage.CLOSED;
        };
        return new Plan(stage, d, suggested, null, deadline, null, amended, reviewed);
    }

    private void seed(Long campaignId, List<long[]> engineOpened) {
        long enterpriseId = nextId("enterprise");
        long caseId = nextId("enterprise_case");
        long rosterId = nextId("campaign_roster_entry");
        long decisionId = nextId("decision");
        long hazardId = nextId("hazard");
        long unitId = nextId("eliminated_unit");
        long meetingId = nextId("campaign_meeting");
        long publicityId = nextId("campaign_publicity");
        LocalDate start = campaignStart();
        Timestamp added = Timestamp.valueOf(start.plusDays(10).atTime(9, 0));
        Timestamp started = Timestamp.valueOf(start.plusDays(21).atTime(9, 0));

        // meetings first: the commitment letters are signed at the mobilisation meetings
        MeetingKind[] kinds = MeetingKind.values();
        int meetingCount = Math.max(10, cases / 500);
        List<Object[]> meetings = new ArrayList<>();
        List<Long> mobilisations = new ArrayList<>();
        for (int i = 0; i < meetingCount; i++) {
            MeetingKind kind = i % 5 == 0 ? MeetingKind.MOBILISATION : kinds[random.nextInt(kinds.length)];
            long id = meetingId + i;
            if (kind == MeetingKind.MOBILISATION) {
                mobilisations.add(id);
            }
            meetings.add(new Object[] {id, campaignId, java.sql.Date.valueOf(start.plusDays(15 + i * 3L % 700)),
                kind.name(), kind.displayName() + " 第" + (i + 1) + "次", "各镇分管领导、各部门联络员",
                20 + random.nextInt(80), "会议纪要 Minutes " + i, "district-office1", added});
        }
        batch("campaign_meeting", """
                INSERT INTO campaign_meeting (id, campaign_id, held_on, kind, title, attendees, attendee_count, note,
                recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", meetings);
        List<Object[]> publicity = new ArrayList<>();
        for (int i = 0; i < Math.max(10, cases / 2_000); i++) {
            publicity.add(new Object[] {publicityId + i, campaignId, java.sql.Date.valueOf(start.plusDays(20 + i * 7L)),
                500 + random.nextInt(5_000), 100 + random.nextInt(1_000), random.nextInt(200), "宣传 Publicity " + i,
                "district-office1", added});
        }
        batch("campaign_publicity", """
                INSERT INTO campaign_publicity (id, campaign_id, recorded_on, text_messages, leaflets, consultations,
                note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", publicity);

        // the engine's cases go on the roster too
        List<Object[]> engineRoster = new ArrayList<>();
        for (int i = 0; i < engineOpened.size(); i++) {
            long[] opened = engineOpened.get(i);
            engineRoster.add(new Object[] {rosterId++, campaignId, opened[0], "STARTED", i / 50, opened[1],
                "district-office1", added, started});
        }
        batch("campaign_roster_entry", ROSTER_SQL, engineRoster);

        int plain = cases - engineOpened.size();
        for (int from = 0; from < plain; from += CHUNK) {
            int to = Math.min(plain, from + CHUNK);
            List<Object[]> enterprises = new ArrayList<>();
            List<Object[]> kases = new ArrayList<>();
            List<Object[]> roster = new ArrayList<>();
            List<Object[]> decisions = new ArrayList<>();
            List<Object[]> hazards = new ArrayList<>();
            List<Object[]> units = new ArrayList<>();
            List<Object[]> commitments = new ArrayList<>();
            for (int i = from; i < to; i++) {
                long eid = enterpriseId + i;
                long cid = caseId + i;
                String first17 = "91329900" + String.format("%09d", i);
                boolean producer = random.nextDouble() < 0.7;
                double band = random.nextDouble();
                RevenueBand revenue = band < 0.15 ? RevenueBand.ABOVE_5M : band < 0.4 ? RevenueBand.FROM_2M_TO_5M
                        : band < 0.97 ? RevenueBand.BELOW_2M : null;
                String town = TOWNS[i % TOWNS.length];
                enterprises.add(new Object[] {eid, first17 + UnifiedSocialCreditCode.checkCharacter(first17),
                    "基准化工企业" + i + " Benchmark chemicals " + i, town, "村" + (i % 60), town + "工业路" + (i % 999) + "号",
                    "张" + (i % 500), "0512-5888 " + (1000 + i % 9000), "化学原料和化学制品制造业", "涂料、胶粘剂",
                    revenue == null ? null : revenue.name(), revenue == RevenueBand.ABOVE_5M, 5 + random.nextInt(200),
                    BigDecimal.valueOf(50 + random.nextInt(3000), 2),
                    (producer ? BusinessType.PRODUCER : BusinessType.DISTRIBUTOR).name(), added, added,
                    BigDecimal.valueOf(revenue == RevenueBand.ABOVE_5M ? 50_000 + random.nextInt(500_000)
                            : revenue == RevenueBand.FROM_2M_TO_5M ? 20_000 + random.nextInt(30_000)
                            : random.nextInt(20_000), 2)});

                Plan plan = plan();
                Disposition d = plan.disposition();
                boolean closesSite = plan.outcome() == CaseOutcome.CLOSED || plan.outcome() == CaseOutcome.RELOCATED
                        || plan.outcome() == CaseOutcome.CONVERTED;
                BigDecimal land = closesSite ? BigDecimal.valueOf(100 + random.nextInt(2_000), 2) : null;
                BigDecimal demolished = closesSite ? BigDecimal.valueOf(10_000 + random.nextInt(500_000), 2) : null;
                String agency = d == null || d == Disposition.COMPLIANT ? null : AGENCIES[random.nextInt(AGENCIES.length)];
                boolean surveyed = plan.stage() != CaseStage.SURVEY;
                kases.add(new Object[] {cid, eid, campaignId, plan.stage().name(),
                    plan.suggested() == null ? null : plan.suggested().name(), d == null ? null : d.name(), agency,
                    plan.deadline() == null ? null : java.sql.Date.valueOf(plan.deadline()),
                    plan.outcome() == null ? null : plan.outcome().name(),
                    surveyed ? random.nextBoolean() : null, surveyed ? random.nextDouble() < 0.3 : null,
                    surveyed ? "town-econ-center1" : null, surveyed ? started : null,
                    random.nextDouble() < 0.01, started, started,
                    plan.closedAt() == null ? null : Timestamp.from(plan.closedAt()), land, demolished,
                    land == null ? null : "复垦为耕地 Farmland"});
                roster.add(new Object[] {rosterId + i, campaignId, eid, "STARTED", (engineOpened.size() + i) / 50, cid,
                    "district-office1", added, started});

                if (d != null) {
                    long review = decisionId++;
                    decisions.add(new Object[] {review, cid, "REVIEW", plan.reviewed().name(),
                        plan.reviewed() == Disposition.COMPLIANT ? null : java.sql.Date.valueOf(
                                plan.deadline() == null ? start.plusDays(400) : plan.deadline()),
                        plan.reviewed() == Disposition.COMPLIANT ? null : agency == null ? AGENCIES[0] : agency,
                        "联合会审意见 Joint review: " + plan.reviewed().displayName(), "district-office1", started,
                        null, plan.amended() ? null : "town-office1", plan.amended() ? null : started,
                        plan.amended() ? null : "核查属实 Verified on site"});
                    if (plan.amended()) {
                        decisions.add(new Object[] {decisionId++, cid, "VERIFICATION", d.name(),
                            plan.deadline() == null ? null : java.sql.Date.valueOf(plan.deadline()), agency,
                            "现场核查调整 Amended on site", "town-office1", started, review, null, null, null});
                    }
                }
                if (d != null && upgrades(d) && plan.stage() != CaseStage.COMMITMENT
                        && plan.stage() != CaseStage.CLOSURE) {
                    if (!mobilisations.isEmpty()) {
                        commitments.add(new Object[] {mobilisations.get(random.nextInt(mobilisations.size())), eid});
                    }
                    HazardArea[] areas = HazardArea.values();
                    for (int h = 0; h < 3; h++) {
                        Hazard.Status status = switch (plan.stage()) {
                            case CLOSED -> Hazard.Status.VERIFIED;
                            case EVALUATION, ACCEPTANCE -> random.nextDouble() < 0.7 ? Hazard.Status.VERIFIED
                                    : Hazard.Status.RECTIFIED;
                            case RECTIFICATION -> random.nextDouble() < 0.5 ? Hazard.Status.RECTIFIED
                                    : Hazard.Status.OPEN;
                            default -> Hazard.Status.OPEN;
                        };
                        hazards.add(new Object[] {hazardId++, cid, areas[random.nextInt(areas.length)].name(),
                            (random.nextDouble() < 0.1 ? Hazard.Severity.MAJOR : Hazard.Severity.GENERAL).name(),
                            "第" + (1 + random.nextInt(40)) + "条", "隐患描述 Hazard " + h + " of case " + cid,
                            status.name(), "design-firm1", started, started});
                    }
                }
                boolean eliminates = d == Disposition.ELIMINATE_LINES
                        || (plan.outcome() == CaseOutcome.CLOSED || plan.outcome() == CaseOutcome.CONVERTED)
                        || plan.stage() == CaseStage.LICENCE && d != Disposition.ADJUST_LICENCE_SCOPE;
                if (eliminates) {
                    int n = 1 + random.nextInt(2);
                    for (int u = 0; u < n; u++) {
                        units.add(new Object[] {unitId++, cid, UNIT_TYPES[random.nextInt(UNIT_TYPES.length)],
                            1 + random.nextInt(4), "town-office1", started});
                    }
                }
            }
            seedTx.executeWithoutResult(status -> {
                batch("enterprise", """
                        INSERT INTO enterprise (id, credit_code, name, township, village, address, legal_representative,
                        contact_phone, industry_category, products, revenue_band, above_scale, employees, site_area_mu,
                        business_type, created_at, updated_at, annual_sales)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        enterprises);
                batch("enterprise_case", """
                        INSERT INTO enterprise_case (id, enterprise_id, campaign_id, stage, suggested_disposition,
                        disposition, supervising_agency, deadline, outcome, production_running, approvals_present,
                        surveyed_by, surveyed_at, added_at_verification, opened_at, updated_at, closed_at,
                        land_reclaimed_mu, structures_demolished_m2, land_new_use)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", kases);
                batch("campaign_roster_entry", ROSTER_SQL, roster);
                batch("decision", """
                        INSERT INTO decision (id, case_id, kind, disposition, deadline, supervising_agency, reasoning,
                        decided_by, decided_at, amends_id, confirmed_by, confirmed_at, confirmation_note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", decisions);
                batch("hazard", """
                        INSERT INTO hazard (id, case_id, area, severity, standard_item, description, status, found_by,
                        found_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", hazards);
                batch("eliminated_unit", """
                        INSERT INTO eliminated_unit (id, case_id, unit_type, unit_count, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?)""", units);
                batch("campaign_meeting_commitment",
                        "INSERT INTO campaign_meeting_commitment (meeting_id, enterprise_id) VALUES (?, ?)", commitments);
            });
        }
        restartIdentities();
        if (seedDataSource == null) {
            seedJdbc.execute("ANALYZE");
        } else {
            seedJdbc.execute("ANALYZE TABLE enterprise, enterprise_case, campaign_roster_entry, decision, hazard,"
                    + " eliminated_unit, campaign_meeting, campaign_meeting_commitment, campaign_publicity");
        }
    }

    private static final String ROSTER_SQL = """
            INSERT INTO campaign_roster_entry (id, campaign_id, enterprise_id, status, start_batch, case_id, added_by,
            added_at, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private void batch(String table, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        // one transaction per chunk: joins the chunk's transaction where there is one
        seedTx.executeWithoutResult(status -> seedJdbc.batchUpdate(sql, rows));
        seeded.merge(table, String.valueOf(rows.size()), (a, b) -> String.valueOf(Long.parseLong(a) + Long.parseLong(b)));
    }

    /** Explicit ids were inserted: the tables' own sequences must go on after them (MySQL does so itself). */
    private void restartIdentities() {
        if (seedDataSource != null) {
            return;
        }
        for (String table : List.of("enterprise", "enterprise_case", "campaign_roster_entry", "decision", "hazard",
                "eliminated_unit", "campaign_meeting", "campaign_publicity")) {
            seedJdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + nextId(table));
        }
    }
}
