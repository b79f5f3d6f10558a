package org.fagai.project.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Twenty requests at once, through the real server: races over unique keys end in 2xx or 409, never 5xx. */
@FagaiIntegrationTest
class ConcurrentWritesTest {

    private static final int PARALLEL = 20;
    private static final AtomicInteger SERIAL = new AtomicInteger(760_000);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Answer(int status, String body) {
    }

    private Answer post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("city:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    private List<Answer> atOnce(String path, String json) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(path, json);
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String project(String code) {
        return """
                {"code":"%s","name":"并发登记测试项目","ownerUnit":"测试公司","ownerCreditCode":"91350100M000100Y43",
                 "regionCode":"339903","industryCode":"3741","totalInvestment":10000,"fundSelf":10000,
                 "stage":"前期","startMonth":"2019-01","endMonth":"2020-12",
                 "planYear":2019,"level":"市级","nature":"新建","plannedInvestment":4000}""".formatted(code);
    }

    @Test
    void twentySimultaneousCreatesOfOneCodeGiveOneProjectAndConflictsForTheRest() throws Exception {
        String code = "1901-339903-04-01-" + SERIAL.incrementAndGet();

        List<Answer> answers = atOnce("/api/v1/projects", project(code));

        assertThat(answers).extracting(Answer::status).allMatch(s -> s < 500, "no 5xx").containsOnly(201, 409);
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("项目代码已存在").contains("\"field\":\"code\""));
        assertThat(jdbc.sql("SELECT count(*) FROM project WHERE code = ?").param(code).query(Long.class).single()).isOne();
    }

    @Test
    void twentySimultaneousReportsOfOneMonthAreKeptAsConsecutiveVersionsOrRefusedAsConflicts() throws Exception {
        String code = "1901-339903-04-01-" + SERIAL.incrementAndGet();
        assertThat(post("/api/v1/projects", project(code)).status()).isEqualTo(201);
        assertThat(post("/api/v1/projects/" + code + "/stage", """
                {"stage":"CONSTRUCTION","date":"2019-01-10","note":"开工仪式"}""").status()).isEqualTo(200);
        assertThat(post("/api/v1/projects/" + code + "/progress/2019-03/reopen", "").status()).isEqualTo(200);

        List<Answer> answers = atOnce("/api/v1/projects/" + code + "/progress",
                """
                {"month":"2019-03","completedInvestment":300,"siteStatus":"主体施工"}""");

        assertThat(answers).extracting(Answer::status).allMatch(s -> s < 500, "no 5xx").isSubsetOf(200, 201, 409);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("该月进度已被他人更新，请刷新后重试"));
        long stored = answers.stream().filter(a -> a.status() < 300).count();
        List<Integer> versions = jdbc.sql("""
                        SELECT g.version FROM project_progress g JOIN project p ON p.id = g.project_id
                        WHERE p.code = ? AND g.month = DATE '2019-03-01' ORDER BY g.version""")
                .param(code).query(Integer.class).list();
        assertThat(versions).hasSize((int) stored);
        assertThat(versions).isEqualTo(java.util.stream.IntStream.rangeClosed(1, (int) stored).boxed().toList());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM project_progress g JOIN project p ON p.id = g.project_id
                        WHERE p.code = ? AND g.month = DATE '2019-03-01' AND g.current""")
                .param(code).query(Long.class).single()).isOne();
    }
}
