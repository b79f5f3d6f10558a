package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads against the running server over real HTTP, where the servlet container's multipart limits apply (MockMvc
 * does not enforce them): oversize uploads and a burst of zip bombs get answers in the reader's language (Chinese first), never a
 * 500 or an empty body.
 */
@FagaiIntegrationTest
class UploadOverHttpTest {

    private static final String BOUNDARY = "----fagai-test-boundary";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpRequest.Builder post(String path, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long projects() {
        return jdbc.sql("SELECT count(*) FROM project").query(Long.class).single();
    }

    @Test
    void anUploadOverTheRequestLimitGetsProblemJsonNamingTheLimit() throws Exception {
        long before = projects();
        HttpResponse<String> response = send(post("/api/v1/projects/import", multipart("大文件.xlsx", new byte[13 * 1024 * 1024]))
                .header("Authorization", basic("city")).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"detail\":\"上传文件超过大小限制（单个文件 10MB，一次上传合计 12MB），已拒绝\"")
                .contains("\"maxFileSize\":10485760");
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void oneFileOverTheFileLimitWithinTheRequestLimitGetsProblemJsonToo() throws Exception {
        HttpResponse<String> response = send(post("/api/v1/indicators/values/import", multipart("数据.xlsx", new byte[11 * 1024 * 1024]))
                .header("Authorization", basic("city")).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("上传文件超过大小限制（单个文件 10MB");
    }

    @Test
    void anOversizeUploadOnAPageGetsTheChinesePageNotTheContainers() throws Exception {
        for (String path : List.of("/admin/calendar/import", "/projects/import", "/credit/blacklist/import")) {
            HttpResponse<String> response = send(post(path, multipart("安排.json", new byte[13 * 1024 * 1024]))
                    .header("Accept", "text/html").build());
            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(response.body()).as(path).contains("上传的文件过大").contains("单个文件不能超过 10MB，一次上传合计不能超过 12MB")
                    .doesNotContain("Tomcat");
        }
    }

    @Test
    void anOversizeUploadIsRefusedInEnglishForAnEnglishReaderAsTheAppResolvesTheLanguage() throws Exception {
        byte[] body = multipart("大文件.xlsx", new byte[13 * 1024 * 1024]);
        String english = "\"detail\":\"The upload exceeds the size limits (a single file 10MB, 12MB per upload in all) and was refused\"";
        HttpResponse<String> byHeader = send(post("/api/v1/projects/import", body).header("Authorization", basic("city"))
                .header("Accept-Language", "en-GB,en;q=0.9").build());
        assertThat(byHeader.statusCode()).isEqualTo(413);
        assertThat(byHeader.body()).contains(english, "\"title\":\"File too large\"");
        HttpResponse<String> byParameter = send(post("/api/v1/projects/import?lang=en", body).header("Authorization", basic("city")).build());
        assertThat(byParameter.body()).contains(english);
        HttpResponse<String> byCookie = send(post("/api/v1/projects/import", body).header("Authorization", basic("city"))
                .header("Cookie", "FAGAI_LANG=en").build());
        assertThat(byCookie.body()).contains(english);
        HttpResponse<String> chinese = send(post("/api/v1/projects/import?lang=zh_CN", body).header("Authorization", basic("city"))
                .header("Accept-Language", "en").build());
        assertThat(chinese.body()).contains("\"detail\":\"上传文件超过大小限制（单个文件 10MB，一次上传合计 12MB），已拒绝\"", "\"title\":\"文件过大\"");
        HttpResponse<String> page = send(post("/projects/import?lang=en", multipart("安排.json", new byte[13 * 1024 * 1024]))
                .header("Accept", "text/html").build());
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("One file may not exceed 10MB, one upload 12MB in total").doesNotContain("单个文件不能超过");
    }

    @Test
    void eightZipBombsPostedAtOnceAreAllRefusedAndThePlatformStaysHealthy() throws Exception {
        byte[] body = multipart("重点项目.xlsx", HostileFiles.bytes(HostileFiles.zipBomb()));
        long before = projects();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            responses.add(http.sendAsync(post("/api/v1/projects/import", body).header("Authorization", basic("city")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            statuses.merge(response.statusCode(), 1L, Long::sum);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).containsAnyOf("疑似压缩炸弹，已拒绝", "同时导入上限");
        }
        assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(413, 503).contains(413);
        assertThat(projects()).isEqualTo(before);
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }
}
