package org.fagai.operations;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The month-end rush (月初填报高峰), one command: {@code ./mvnw -Pload verify}. The packaged platform starts on a fresh
 * data directory with the demo data (loopback only); {@link RushData} adds the project owners (project units), each with
 * {@value #PROJECTS_DEFAULT} projects (by default) whose last month is open for reporting. The model: <b>500
 * owners at work at once</b>. They start within the first {@value #RAMP_DEFAULT} s, each signs in once (a session lasts
 * 30 idle minutes) and then reports every one of its projects {@value #REPORTS_PER_PROJECT} times (a first report and
 * two corrections): opens the monthly report form, submits the month, posts a site photo, views their list and the
 * project, with 1–4 s of think time between any two steps — while staff browse the home page, the project list and the
 * dashboard all along. Every virtual user does a fixed number of steps, and the run stops after 5 minutes at most.
 * Aims (both processes and PostgreSQL on this 2-core machine): p99 < 300 ms, p50 < 50 ms, no error, at least 200
 * requests/s (the mean over the whole run, ramp-in and ramp-out included).
 *
 * <p>The site photo of the monthly report is one step, {@link #sitePhoto}: it posts to
 * {@code /projects/{code}/progress/{month}/photos} (the page endpoint of the report's photos) unless
 * {@code -Dload.photo-path=} names another path or, left empty, turns it off.
 */
public class MonthEndRush extends Simulation {

    /** The owners at work at once (the 500), each with an account and projects of its own. */
    static final int OWNERS = Integer.getInteger("load.owners", 500);
    static final int RAMP_DEFAULT = 60;
    /** The owners start within this time (so their sign-ins, BCrypt at cost 10, are spread over it). */
    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp-seconds", RAMP_DEFAULT));
    static final int PROJECTS_DEFAULT = 5;
    /** A project unit's projects, each reported in turn. */
    static final int PROJECTS = Integer.getInteger("load.projects-per-owner", PROJECTS_DEFAULT);
    /** A first report and two corrections, each a new version. */
    static final int REPORTS_PER_PROJECT = 3;
    static final int ROUNDS = PROJECTS * REPORTS_PER_PROJECT;
    static final int STAFF = Integer.getInteger("load.staff", 20);
    /**
     * A person's pause between two steps (reading the page, typing the figures, picking the photo). The aims fix it:
     * 500 owners asking ≥ 200 requests/s (7 requests, redirects counted, per 5 steps) leave at most 3.5 s per step; 1–4 s
     * (2.5 s on average, ~280 requests/s once all are at work) keeps the whole run's mean above 200 with the ramp.
     */
    static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("load.think-min-ms", 1000));
    static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("load.think-max-ms", 4000));
    /** Staff rounds of three pages each, spanning the owners' ramp and visit at the think time. */
    static final int STAFF_ROUNDS = (int) ((RAMP.toMillis() + (2 + 5L * ROUNDS) * meanThinkMillis()) / (3 * meanThinkMillis()));
    /** Rounds of the warm-up before the measured run ({@link Warmup}); 0 leaves it out. */
    static final int WARMUP_ROUNDS = Integer.getInteger("load.warmup-rounds", 60);
    static final String PHOTO_PATH = System.getProperty("load.photo-path", "/projects/{code}/progress/{month}/photos");

    private static final int PORT = freePort();
    private static final Platform PLATFORM = new Platform(Path.of("target", "load", "data").toAbsolutePath(), "demo",
            List.of(System.getProperty("load.app-jvm", "-Xmx2g").split(",")),
            ("--fagai.approval.clock-job-cron=-," + System.getProperty("load.app-args", "")).split(",")).onPort(PORT);

    private final HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + PORT)
            .acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("fagai-month-end-rush");

    /** The login form gives the CSRF token; signing in lands on the home page with the user's name. */
    private static ChainBuilder signIn(String password) {
        return exec(http("sign-in form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(signedIn(password));
    }

    private static ChainBuilder signedIn(String password) {
        return exec(http("sign in").post("/login").formParam("username", "#{username}").formParam("password", password)
                .formParam("_csrf", "#{csrf}").check(status().is(200), substring("current-user")));
    }

    private static long meanThinkMillis() {
        return (THINK_MIN.toMillis() + THINK_MAX.toMillis()) / 2;
    }

    private static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    private static final ChainBuilder REPORT_MONTH = exec(
            http("monthly report form").get("/projects/report?code=#{code}")
                    .check(status().is(200), substring("#{code}"), css("input[name='_csrf']", "value").saveAs("csrf")))
            .exec(think())
            .exec(http("submit month").post("/projects/report").formParam("code", "#{code}").formParam("month", "#{month}")
                    .formParam("completedInvestment", "#{amount}").formParam("siteStatus", "主体结构施工，完成第#{round}轮核对")
                    .formParam("problems", "").formParam("_csrf", "#{csrf}")
                    .check(status().is(200), substring("#{code}")));

    /** The site photo of the month's report: one added step, on when the upload endpoint is named. */
    static ChainBuilder sitePhoto() {
        return doIf(session -> !PHOTO_PATH.isBlank()).then(exec(
                http("site photo").post(session -> PHOTO_PATH.replace("{code}", session.getString("code"))
                                .replace("{month}", session.getString("month")))
                        .formParam("_csrf", "#{csrf}")
                        .bodyPart(ByteArrayBodyPart("file", RushData.sitePhoto()).fileName("site.jpg").contentType("image/jpeg"))
                        .asMultipartForm().check(status().in(200, 201))));
    }

    /** Each step is one person's action; between two of them the owner reads, types or picks the photo. */
    private final ScenarioBuilder owners = scenario("project owners (项目单位)")
            .feed(listFeeder(RushData.owners(OWNERS, PROJECTS)).queue())
            .exec(http("sign-in form").get("/login").check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .exec(think())
            .exec(signedIn(RushData.PASSWORD))
            .exec(think())
            .exec(repeat(ROUNDS, "round").on(exec(
                    exec(session -> session.set("code", session.getList("codes").get(session.getInt("round") % PROJECTS))),
                    REPORT_MONTH, think(),
                    sitePhoto(), think(),
                    exec(http("my projects").get("/projects").check(status().is(200), substring("#{code}"))), think(),
                    exec(http("my project").get("/projects/#{code}").check(status().is(200))), think())));

    /** Staff read all along the window: the home page (to-do list, summary), the project list, the dashboard. */
    private final ScenarioBuilder staff = scenario("staff (科室)")
            .feed(listFeeder(RushData.staff(STAFF)).queue())
            .exec(signIn(RushData.DEMO_PASSWORD))
            .exec(repeat(STAFF_ROUNDS).on(exec(
                    exec(http("home").get("/").check(status().is(200))), think(),
                    exec(http("project list").get("/projects?page=#{page}").check(status().is(200))), think(),
                    exec(http("dashboard").get("/projects/dashboard").check(status().is(200))), think())));

    {
        setUp(owners.injectOpen(rampUsers(OWNERS).during(RAMP)),
                staff.injectOpen(rampUsers(STAFF).during(Duration.ofSeconds(10))))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(5))
                .assertions(
                        global().responseTime().percentile(99.0).lt(300),
                        global().responseTime().percentile(50.0).lt(50),
                        global().failedRequests().count().is(0L),
                        global().requestsPerSec().gte(200.0));
    }

    @Override
    public void before() {
        try {
            RushData.freshDirectory(Path.of("target", "load"));
            PLATFORM.start();
            RushData.seed(PLATFORM, OWNERS, PROJECTS);
            if (WARMUP_ROUNDS > 0) {
                Warmup.run(PORT, 8, WARMUP_ROUNDS);
            }
            System.out.printf("Platform ready on 127.0.0.1:%d with %d owners of %d projects each (log %s)%n", PORT, OWNERS,
                    PROJECTS, PLATFORM.log());
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare the platform: " + e.getMessage(), e);
        }
    }

    @Override
    public void after() {
        try {
            RushData.printDatabaseFigures(PLATFORM);
            PLATFORM.stop();
        } catch (Exception e) {
            System.err.println("stopping the platform: " + e.getMessage());
        }
    }

    private static int freePort() {
        try {
            return Platform.freePort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
