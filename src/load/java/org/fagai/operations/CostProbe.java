package org.fagai.operations;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fast inner loop of the load work (not part of {@code -Pload verify}): the CPU the platform spends per request of
 * the month-end rush, phase by phase, without Gatling. It starts the packaged jar on a fresh {@code target/load-probe},
 * seeds {@code probe.owners} owners as the rush does, warms up, then on {@code probe.clients} clients without think
 * time: every owner signs in, every owner reports {@code probe.rounds} rounds (form, submit, photo, list, project),
 * staff read the home page, the list and the dashboard. For each phase it prints the requests, the platform JVM's and
 * PostgreSQL's CPU milliseconds per request (from /proc) and the latencies. {@code -Dprobe.jfr=file.jfr} then records
 * one more report round and staff phase with JFR (apart: its profile settings more than double the CPU per request);
 * {@code -Dprobe.pages=true} measures each page of a round and of the staff alone after the phases. Run it alone on the
 * machine (under the build lock): its figures are CPU times.
 *
 * <pre>flock /tmp/fagai-maven.lock java -cp target/test-classes:target/classes:$(cat cp) -Dfagai.jar=target/fagai-….jar
 *     org.fagai.operations.CostProbe</pre>
 */
final class CostProbe {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final int OWNERS = Integer.getInteger("probe.owners", 200);
    private static final int CLIENTS = Integer.getInteger("probe.clients", 8);
    private static final int ROUNDS = Integer.getInteger("probe.rounds", 3);
    private static final int STAFF_ROUNDS = Integer.getInteger("probe.staff-rounds", 40);
    private static final long TICK_MS = 10; // USER_HZ = 100 on Linux
    private static final boolean STATEMENTS = Boolean.getBoolean("probe.statements");

    private final int port;
    private final Platform platform;
    private final byte[] photo = RushData.sitePhoto();

    private CostProbe(int port, Platform platform) {
        this.port = port;
        this.platform = platform;
    }

    public static void main(String[] args) throws Exception {
        int port = Platform.freePort();
        Path data = Path.of("target", "load-probe", "data").toAbsolutePath();
        RushData.freshDirectory(data.getParent());
        Platform platform = new Platform(data, "demo", List.of(System.getProperty("probe.app-jvm", "-Xmx2g").split(",")),
                ("--fagai.approval.clock-job-cron=-," + System.getProperty("probe.app-args", "")).split(",")).onPort(port);
        try (platform) {
            platform.start();
            if (STATEMENTS) {
                trackStatements(platform);
            }
            RushData.seed(platform, OWNERS);
            Warmup.run(port, CLIENTS, Integer.getInteger("probe.warmup-rounds", 60));
            new CostProbe(port, platform).run();
        }
    }

    private void run() throws Exception {
        List<HttpClient> owners = new ArrayList<>();
        for (int i = 1; i <= OWNERS; i++) {
            owners.add(client());
        }
        // a first pass of reports compiles the POST paths (the warm-up only reads), not measured
        phase("sign-in", OWNERS, i -> signIn(owners.get(i), RushData.username(i + 1), RushData.PASSWORD));
        phase("unmeasured report round", OWNERS, i -> reportRound(owners.get(i), i + 1, 0));
        resetStatements();
        int reports = OWNERS * ROUNDS;
        phase("report rounds", reports, i -> reportRound(owners.get(i % OWNERS), i % OWNERS + 1, 1 + i / OWNERS));
        printStatements("report rounds", reports);
        List<HttpClient> staff = new ArrayList<>();
        String[] accounts = {"city", "leader", "district", "admin"};
        for (int i = 0; i < CLIENTS; i++) {
            staff.add(client());
            signIn(staff.get(i), accounts[i % accounts.length], RushData.DEMO_PASSWORD);
        }
        phase("staff pages", CLIENTS * STAFF_ROUNDS, i -> staffRound(staff.get(i % CLIENTS), i % 3));
        if (Boolean.getBoolean("probe.pages")) {
            pages(owners, staff);
        }
        // JFR's profile settings more than double the CPU per request: its phases are recorded apart, after the figures
        String jfr = System.getProperty("probe.jfr");
        if (jfr != null) {
            jcmd("JFR.start", "name=probe", "settings=profile", "filename=" + Path.of(jfr).toAbsolutePath());
            phase("report round (JFR)", OWNERS, i -> reportRound(owners.get(i), i + 1, 1 + ROUNDS));
            phase("staff pages (JFR)", CLIENTS * STAFF_ROUNDS / 2, i -> staffRound(staff.get(i % CLIENTS), i % 3));
            jcmd("JFR.stop", "name=probe");
        }
    }

    /**
     * {@code -Dprobe.statements=true}: PostgreSQL counts every statement (pg_stat_statements, preloaded by a restart of
     * the fresh platform), and the probe prints the statements of the report rounds per round, by their total time.
     * Its own cost is small but not nil: compare CPU figures only between probes run with the same setting.
     */
    private static void trackStatements(Platform platform) throws Exception {
        platform.stop();
        Files.writeString(platform.postgresDir().resolve("postgresql.conf"),
                "\nshared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = all\n",
                java.nio.file.StandardOpenOption.APPEND);
        platform.start();
        try (var c = platform.superuser(); var s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    private void resetStatements() throws Exception {
        if (STATEMENTS) {
            try (var c = platform.superuser(); var s = c.createStatement()) {
                s.execute("SELECT pg_stat_statements_reset()");
            }
        }
    }

    private void printStatements(String phase, int rounds) throws Exception {
        if (!STATEMENTS) {
            return;
        }
        try (var c = platform.superuser(); var s = c.createStatement(); var r = s.executeQuery(
                "SELECT calls, total_exec_time + total_plan_time AS ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 220) AS q"
                        + " FROM pg_stat_statements ORDER BY calls DESC LIMIT 60")) {
            System.out.printf("PROBE statements of %s (per round: calls, ms, rows):%n", phase);
            double calls = 0;
            double ms = 0;
            while (r.next()) {
                calls += r.getLong(1);
                ms += r.getDouble(2);
                System.out.printf("PROBE SQL %6.2f %7.3f %6.2f  %s%n", r.getLong(1) / (double) rounds, r.getDouble(2) / rounds,
                        r.getLong(3) / (double) rounds, r.getString(4));
            }
            System.out.printf("PROBE SQL top 60: %.1f calls, %.2f ms per round%n", calls / rounds, ms / rounds);
        }
    }

    interface Step {
        int run(int i) throws Exception;
    }

    /** Runs {@code count} steps on the clients; prints requests, CPU per request (JVM, PostgreSQL) and latencies. */
    private void phase(String name, int count, Step step) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long jvmBefore = cpuTicks(List.of(platform.pid()));
        long pgBefore = cpuTicks(postgresPids());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        int sent = step.run(i);
                        requests.addAndGet(sent);
                        latencies.add((System.nanoTime() - t) / 1_000_000 / Math.max(1, sent));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double jvmMs = (cpuTicks(List.of(platform.pid())) - jvmBefore) * TICK_MS;
        double pgMs = (cpuTicks(postgresPids()) - pgBefore) * TICK_MS;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = requests.get();
        System.out.printf("PROBE %-24s %6d requests in %6.1f s (%6.1f req/s): JVM %5.2f ms CPU/request, PostgreSQL %5.2f ms;"
                        + " mean step time per request p50 %d ms, p99 %d ms%n", name, n, seconds, n / seconds, jvmMs / n, pgMs / n,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.99)]);
    }

    private int signIn(HttpClient http, String username, String password) throws Exception {
        HttpResponse<String> form = send(http, get("/login"));
        String body = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf(form), StandardCharsets.UTF_8);
        HttpResponse<String> home = send(http, post("/login", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8)));
        expect(home, "current-user");
        return hops(form) + hops(home);
    }

    private int reportRound(HttpClient http, int owner, int round) throws Exception {
        String code = RushData.code(owner);
        HttpResponse<String> form = send(http, get("/projects/report?code=" + code));
        expect(form, code);
        String csrf = csrf(form);
        String body = "code=" + code + "&month=" + RushData.month() + "&completedInvestment=" + (100 + owner)
                + "&siteStatus=" + URLEncoder.encode("主体结构施工，完成第" + round + "轮核对", StandardCharsets.UTF_8)
                + "&problems=&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> submitted = send(http, post("/projects/report", "application/x-www-form-urlencoded",
                body.getBytes(StandardCharsets.UTF_8)));
        expect(submitted, code);
        HttpResponse<String> photoPosted = send(http, photo("/projects/" + code + "/progress/" + RushData.month() + "/photos",
                csrf));
        HttpResponse<String> list = send(http, get("/projects"));
        expect(list, code);
        HttpResponse<String> project = send(http, get("/projects/" + code));
        return hops(form) + hops(submitted) + hops(photoPosted) + hops(list) + hops(project);
    }

    /** {@code -Dprobe.pages=true}: the CPU of each page alone, to tell which of a round's pages costs most. */
    private void pages(List<HttpClient> owners, List<HttpClient> staff) throws Exception {
        int n = OWNERS * 2;
        phase("page: report form", n, i -> hops(send(owners.get(i % OWNERS), get("/projects/report?code=" + RushData.code(i % OWNERS + 1)))));
        phase("page: project", n, i -> hops(send(owners.get(i % OWNERS), get("/projects/" + RushData.code(i % OWNERS + 1)))));
        phase("page: owner's list", n, i -> hops(send(owners.get(i % OWNERS), get("/projects"))));
        phase("page: photo (+form)", OWNERS, i -> {
            HttpResponse<String> form = send(owners.get(i), get("/projects/report?code=" + RushData.code(i + 1)));
            return hops(form) + hops(send(owners.get(i), photo("/projects/" + RushData.code(i + 1) + "/progress/" + RushData.month()
                    + "/photos", csrf(form))));
        });
        phase("page: staff home", n / 2, i -> hops(send(staff.get(i % CLIENTS), get("/"))));
        phase("page: staff list", n / 2, i -> hops(send(staff.get(i % CLIENTS), get("/projects?page=" + i % 3))));
        phase("page: dashboard", n / 2, i -> hops(send(staff.get(i % CLIENTS), get("/projects/dashboard"))));
    }

    private int staffRound(HttpClient http, int page) throws Exception {
        return hops(send(http, get("/"))) + hops(send(http, get("/projects?page=" + page)))
                + hops(send(http, get("/projects/dashboard")));
    }

    private HttpRequest.Builder photo(String path, String csrf) {
        String boundary = "----probe" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"site.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, photo, tail)));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String type, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.header("Accept-Language", "zh-CN,zh;q=0.9")
                .header("Accept", "text/html,application/xhtml+xml").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // a kept-alive connection the platform closed while the client sat idle (the staff phase): nothing was
            // answered, so the request is sent once more on a new connection
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(response.statusCode() + " on " + response.uri());
        }
        return response;
    }

    private static void expect(HttpResponse<String> response, String text) {
        if (response.statusCode() != 200 || !response.body().contains(text)) {
            throw new IllegalStateException("no \"" + text + "\" on " + response.uri() + " (" + response.statusCode() + ")");
        }
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page.uri());
        }
        return m.group(1);
    }

    /** Requests a response took, redirects counted (as Gatling counts them). */
    private static int hops(HttpResponse<?> response) {
        int n = 1;
        for (var r = response.previousResponse(); r.isPresent(); r = r.get().previousResponse()) {
            n++;
        }
        return n;
    }

    private List<Long> postgresPids() throws Exception {
        long postmaster = platform.postmasterPid();
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = statFields(p);
                if (stat != null && Long.parseLong(stat[1]) == postmaster) {
                    pids.add(Long.parseLong(p.getFileName().toString()));
                }
            }
        }
        return pids;
    }

    /** utime + stime, and the reaped children's (PostgreSQL's ended backends), of the processes, in clock ticks. */
    private static long cpuTicks(List<Long> pids) {
        long ticks = 0;
        for (long pid : pids) {
            String[] f = statFields(Path.of("/proc", Long.toString(pid)));
            if (f != null) {
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
        }
        return ticks;
    }

    /** /proc/pid/stat's fields after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] statFields(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (Exception gone) {
            return null;
        }
    }

    private void jcmd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(Platform.java()).resolveSibling("jcmd").toString(),
                Long.toString(platform.pid())));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        p.waitFor();
    }
}
