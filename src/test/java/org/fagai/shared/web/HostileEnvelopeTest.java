package org.fagai.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fagai.FagaiIntegrationTest.DEMO_PASSWORD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fagai.FagaiIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.FormContentFilter;

/**
 * Requests whose HTTP envelope is hostile, over real HTTP where Tomcat's limits apply (MockMvc has none): each gets a 4xx
 * in the reader's language (a Chinese page, problem+json under /api; English when asked), never Tomcat's English page,
 * a 500 or an ERROR log with a stack trace, and stores nothing.
 */
@FagaiIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileEnvelopeTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).build();
    private CapturedOutput output;

    @AfterEach
    void noErrorLogNorStackTrace() {
        if (output != null) {
            assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.apache");
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String type, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder builder = request(path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    private static String basic() {
        return basic("city");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** Signs in as a browser does and returns the lead form's CSRF token. */
    private String signInForTheLeadForm() throws Exception {
        String token = csrf(send(request("/login").build()).body());
        HttpResponse<String> login = post("/login", FORM, ("username=city&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + token).getBytes(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        HttpResponse<String> form = send(request("/attraction/leads/new").build());
        assertThat(form.statusCode()).isEqualTo(200);
        return csrf(form.body());
    }

    private static byte[] hugeLead(String token) {
        return ("_csrf=" + token + "&investorName=" + URLEncoder.encode("投".repeat(300_000), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
    }

    private long leads() {
        return jdbc.sql("SELECT count(*) FROM attraction_lead").query(Long.class).single();
    }

    private static void isPage(HttpResponse<String> response, int status, String... texts) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains(texts).doesNotContain("Tomcat", "HTTP Status");
    }

    private static void isProblem(HttpResponse<String> response, int status, String... texts) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains(texts);
    }

    @Test
    void aFormOverTheFormLimitGetsTheChinese413PageNamingTheLimitAndStoresNoLead(CapturedOutput output) throws Exception {
        this.output = output;
        String token = signInForTheLeadForm();
        long before = leads();

        isPage(post("/attraction/leads", FORM, hugeLead(token)), 413, "提交的内容过大", "提交的表单内容超过 2MB 的大小限制，未保存");
        isPage(post("/attraction/leads?lang=en", FORM, hugeLead(token)), 413, "The submitted form exceeds the 2MB size limit");

        assertThat(leads()).isEqualTo(before);
    }

    /** Boot's FormContentFilter would read a chunked PUT/PATCH/DELETE form whole, unbounded, before any check. */
    @Test
    void noFilterReadsAFormBodyOfAnotherMethodThanPost() {
        assertThat(context.getBeansOfType(FormContentFilter.class)).isEmpty();
    }

    @Test
    void aChunkedFormWithoutALengthOverTheLimitIsRefusedTheSameWay(CapturedOutput output) throws Exception {
        this.output = output;
        String token = signInForTheLeadForm();
        long before = leads();
        byte[] body = hugeLead(token);

        HttpResponse<String> response = send(request("/attraction/leads").header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        isPage(response, 413, "提交的表单内容超过 2MB 的大小限制");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void anApiFormOverTheLimitGetsProblemJsonInTheReadersLanguage(CapturedOutput output) throws Exception {
        this.output = output;
        long before = leads();
        isProblem(post("/api/v1/attraction/leads", FORM, hugeLead("x"), "Authorization", basic()), 413,
                "\"title\":\"提交的内容过大\"", "提交的表单内容超过 2MB 的大小限制");
        isProblem(post("/api/v1/attraction/leads", FORM, hugeLead("x"), "Authorization", basic(), "Accept-Language", "en"), 413,
                "\"detail\":\"The submitted form exceeds the 2MB size limit and nothing was stored; shorten it and submit again\"");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void moreParametersThanTheLimitAreA400NamingIt(CapturedOutput output) throws Exception {
        this.output = output;
        byte[] body = "a=1&".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
        isPage(post("/attraction/leads", FORM, body), 400, "请求有误", "请求参数超过 1000 个的上限，已拒绝");
        isProblem(post("/api/v1/attraction/leads", FORM, body, "Authorization", basic(), "Accept-Language", "en"), 400,
                "The request has more than 1000 parameters and was refused");
    }

    @Test
    void anUploadWithTooManyPartsOrTooLongAPartHeaderIsRefusedWithItsReason(CapturedOutput output) throws Exception {
        this.output = output;
        String type = "multipart/form-data; boundary=BB";
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            parts.append("--BB\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nx\r\n");
        }
        byte[] many = (parts + "--BB--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] longHeader = ("--BB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\nX-Pad: " + "a".repeat(2_000)
                + "\r\n\r\nx\r\n--BB--\r\n").getBytes(StandardCharsets.US_ASCII);

        isPage(post("/projects/import", type, many), 413, "上传表单的项数超过 50 项的上限，已拒绝");
        isProblem(post("/api/v1/projects/import", type, many, "Authorization", basic()), 413, "上传表单的项数超过 50 项的上限");
        isPage(post("/projects/import?lang=en", type, longHeader), 413, "A part of the upload form has a header over 512 bytes");
        isProblem(post("/api/v1/projects/import", type, longHeader, "Authorization", basic()), 413, "上传表单中某一项的头部超过 512 字节的上限");
    }

    @Test
    void aRequestHeaderOverTheLimitGetsAShort400InTheReadersLanguageNotTomcatsPage(CapturedOutput output) throws Exception {
        this.output = output;
        String big = "a".repeat(20_000);
        isPage(send(request("/projects").header("X-Big", big).build()), 400, "请求有误", "请求的地址或请求头不符合规范");
        isProblem(send(request("/api/v1/projects").header("X-Big", big).header("Accept-Language", "en").build()), 400,
                "\"title\":\"Bad request\"", "The address or a header of the request is malformed");
    }

    @Test
    void malformedPercentEncodingOrAByteThatIsNotUtf8IsA400(CapturedOutput output) throws Exception {
        this.output = output;
        assertThat(raw("GET /projects/%zz HTTP/1.1")).startsWith("HTTP/1.1 400").contains("text/html", "请求的地址或请求头不符合规范")
                .doesNotContain("Tomcat");
        assertThat(raw("GET /api/v1/projects/%zz?lang=en HTTP/1.1")).startsWith("HTTP/1.1 400").contains("application/problem+json",
                "The address or a header of the request is malformed");

        isPage(send(request("/projects?keyword=%E4%B8").build()), 400, "请求参数的编码不正确");
        isProblem(send(request("/api/v1/projects?keyword=%E4%B8").header("Authorization", basic()).build()), 400, "请求参数的编码不正确");
        isPage(send(request("/login?=x").build()), 400, "请求参数的编码不正确");
        long before = leads();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("investorName=".getBytes(StandardCharsets.US_ASCII));
        body.write(0xFF);
        isPage(post("/attraction/leads?lang=en", FORM, body.toByteArray()), 400, "The request parameters are not validly encoded");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void aDeeplyNestedJsonBodyIsA400ProblemNotA500(CapturedOutput output) throws Exception {
        this.output = output;
        long before = leads();
        HttpResponse<String> deep = post("/api/v1/attraction/leads", "application/json",
                "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII), "Authorization", basic());
        isProblem(deep, 400, "请求内容不是有效的 JSON");
        assertThat(leads()).isEqualTo(before);
    }

    /** A lead whose investor name makes the JSON body exactly {@code bytes} long. */
    private static byte[] leadJson(int bytes) {
        String open = "{\"investorName\":\"";
        String close = "\"}";
        return (open + "a".repeat(bytes - open.length() - close.length()) + close).getBytes(StandardCharsets.US_ASCII);
    }

    private HttpResponse<String> postChunked(String path, String type, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder builder = request(path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413NamingItBeforeItIsRead(CapturedOutput output) throws Exception {
        this.output = output;
        long before = leads();
        byte[] tenMegabytes = leadJson(10 * 1024 * 1024);

        isProblem(post("/api/v1/attraction/leads", "application/json", tenMegabytes, "Authorization", basic()), 413,
                "\"title\":\"提交的内容过大\"", "请求的 JSON 内容超过 2MB 的大小限制，未保存");
        isProblem(post("/api/v1/attraction/leads", "application/merge-patch+json; charset=UTF-8", leadJson(2 * 1024 * 1024 + 1),
                "Authorization", basic(), "Accept-Language", "en"), 413,
                "\"detail\":\"The JSON request body exceeds the 2MB size limit and nothing was stored; shorten it and submit again\"");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void aChunkedJsonBodyWithoutALengthIsCutAtTheLimitWithTheSame413(CapturedOutput output) throws Exception {
        this.output = output;
        long before = leads();
        HttpResponse<String> chunked = postChunked("/api/v1/attraction/leads", "application/json", leadJson(3 * 1024 * 1024),
                "Authorization", basic());
        isProblem(chunked, 413, "\"title\":\"提交的内容过大\"", "请求的 JSON 内容超过 2MB 的大小限制，未保存");
        // read as bytes, not parsed: the stream's failure reaches the handler unwrapped
        HttpResponse<String> english = postChunked("/api/v1/calendar/schedules", "application/json", leadJson(3 * 1024 * 1024),
                "Authorization", basic("admin"), "Accept-Language", "en");
        isProblem(english, 413, "The JSON request body exceeds the 2MB size limit");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void aJsonBodyJustUnderTheLimitStillReachesTheFieldChecks(CapturedOutput output) throws Exception {
        this.output = output;
        long before = leads();
        byte[] body = leadJson(2 * 1024 * 1024 - 16);
        for (HttpResponse<String> response : List.of(
                post("/api/v1/attraction/leads", "application/json", body, "Authorization", basic()),
                postChunked("/api/v1/attraction/leads", "application/json", body, "Authorization", basic()))) {
            isProblem(response, 400, "investorName");
            assertThat(response.body()).doesNotContain("2MB");
        }
        assertThat(leads()).isEqualTo(before);
    }

    /** A request line the JDK's client refuses to send (a malformed %XX in the path), over a plain socket. */
    private String raw(String requestLine) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\nAuthorization: " + basic() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
