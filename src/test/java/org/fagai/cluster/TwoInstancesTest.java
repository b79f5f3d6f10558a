package org.fagai.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.fagai.FagaiApplication;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.GracefulShutdownResult;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.ClassUtils;

/**
 * Two instances on one PostgreSQL, as behind a load balancer without sticky sessions: A is the shared test
 * context (it started the embedded database), B a second application context on A's database, started as an
 * operator would start it (datasource URL, the application's role, Flyway's owner) and behind a TLS proxy.
 */
@FagaiIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    @LocalServerPort
    int portA;
    @Autowired
    JdbcConnectionDetails database;
    @Autowired
    FlywayConnectionDetails owner;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ApplicationContext contextA;

    ConfigurableApplicationContext contextB;
    Instance a;
    Instance b;

    @BeforeAll
    void startSecondInstance() {
        contextB = new SpringApplicationBuilder(FagaiApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--spring.flyway.user=" + owner.getUsername(),
                "--spring.flyway.password=" + owner.getPassword(),
                "--server.port=0",
                "--server.forward-headers-strategy=native",
                "--spring.main.banner-mode=off");
        a = new Instance("A", portA);
        b = new Instance("B", ((WebServerApplicationContext) contextB).getWebServer().getPort());
    }

    @AfterAll
    void stopSecondInstance() {
        if (contextB != null) {
            contextB.close();
        }
    }

    private void createUser(String username) {
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, region_code)
                VALUES (?, '集群测试', ?, 'STAFF', '339900')""").params(username, encoder.encode(DEMO_PASSWORD)).update();
    }

    @Test
    void aSessionStartedOnOneInstanceIsServedByTheOther() throws Exception {
        String session = a.signIn("city", DEMO_PASSWORD);
        assertThat(session).isNotNull();
        assertThat(b.knows(session)).isTrue();
        assertThat(a.knows(session)).isTrue();
        assertThat(b.knows("bm90LWEtc2Vzc2lvbg")).isFalse();
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        String session = a.signIn("leader", DEMO_PASSWORD);
        assertThat(b.knows(session)).isTrue();
        a.signOut(session);
        HttpResponse<String> after = b.get("/", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(a.knows(session)).isFalse();
    }

    @Test
    void anAccountLockedThroughOneInstanceLosesItsSessionsOnAll() throws Exception {
        createUser("cluster-lock");
        String session = a.signIn("cluster-lock", DEMO_PASSWORD);
        assertThat(b.knows(session)).isTrue();
        for (int i = 1; i <= 5; i++) {
            assertThat(b.signIn("cluster-lock", "Wrong#" + i)).isNull();
        }
        assertThat(a.knows(session)).isFalse();
        assertThat(b.knows(session)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'cluster-lock'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSessionIdleForLongerThanThirtyMinutesIsRefused() throws Exception {
        String session = a.signIn("district", DEMO_PASSWORD);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'district'")
                .query(Integer.class).list()).contains(30 * 60);
        // Age the session's last access by 31 minutes, as if its user had left the desk.
        jdbc.sql("""
                UPDATE spring_session SET last_access_time = last_access_time - 31 * 60 * 1000,
                                          expiry_time = expiry_time - 31 * 60 * 1000
                WHERE principal_name = 'district'""").update();
        assertThat(b.knows(session)).isFalse();
        assertThat(a.knows(session)).isFalse();
    }

    @Test
    void aCalendarDayChangedOnOneInstanceCountsOnTheOtherWithinTheRevisionCheck() throws Exception {
        String deadline = "/api/v1/calendar/deadline?from=2031-02-28&workingDays=1";
        assertThat(b.api("GET", deadline, "city", DEMO_PASSWORD, null).body()).contains("\"deadline\":\"2031-03-03\"");
        try {
            HttpResponse<String> set = a.api("PUT", "/api/v1/calendar/days/2031-03-03", "admin", DEMO_PASSWORD,
                    "{\"kind\":\"HOLIDAY\",\"name\":\"集群测试假日\"}");
            assertThat(set.statusCode()).isBetween(200, 204);
            // B compares the calendar's revision at most once a second (fagai.calendar.revision-check).
            assertThat(eventually(() -> b.api("GET", deadline, "city", DEMO_PASSWORD, null).body()))
                    .contains("\"deadline\":\"2031-03-04\"");
            assertThat(b.api("GET", "/api/v1/calendar/days/2031-03-03", "city", DEMO_PASSWORD, null).body())
                    .contains("\"workday\":false").contains("集群测试假日");
        } finally {
            a.api("PUT", "/api/v1/calendar/days/2031-03-03", "admin", DEMO_PASSWORD, "{\"kind\":\"ORDINARY\"}");
        }
        assertThat(eventually(() -> b.api("GET", deadline, "city", DEMO_PASSWORD, null).body()))
                .contains("\"deadline\":\"2031-03-03\"");
    }

    /** The answer after the other instance's revision check has had its interval (1 s) to see a change. */
    private static String eventually(java.util.concurrent.Callable<String> call) throws Exception {
        Thread.sleep(1_100);
        return call.call();
    }

    @Test
    void everyScheduledJobTakesTheClusterWideLock() {
        List<String> jobs = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (String name : contextA.getBeanDefinitionNames()) {
            Class<?> type = contextA.getType(name);
            if (type == null || !type.getName().startsWith("org.fagai.")) {
                continue;
            }
            Class<?> declared = ClassUtils.getUserClass(type);
            for (Method method : declared.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(declared.getSimpleName() + "." + method.getName());
                    if (!method.isAnnotationPresent(SchedulerLock.class)) {
                        unlocked.add(declared.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(jobs).contains("WarningBook.nightly");
        assertThat(unlocked).as("@Scheduled without @SchedulerLock runs once per instance").isEmpty();
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> viaTls = b.get("/login", null, "X-Forwarded-Proto", "https");
        assertThat(viaTls.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(viaTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h).contains("max-age="));

        HttpResponse<String> plain = b.get("/login", null);
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** Last: it stops B's web server (graceful shutdown answers IDLE once no request is left; immediate would not). */
    @Test
    @Order(Integer.MAX_VALUE)
    void stoppingAnInstanceWaitsForRequestsInFlight() throws Exception {
        CompletableFuture<GracefulShutdownResult> result = new CompletableFuture<>();
        ((WebServerApplicationContext) contextB).getWebServer().shutDownGracefully(result::complete);
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(GracefulShutdownResult.IDLE);
    }
}
