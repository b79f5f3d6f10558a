package org.fagai.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One running instance seen through plain HTTP, as a browser behind the load balancer would: cookies by hand. */
record Instance(String name, int port) {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]*)");

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String session, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String session, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> api(String method, String path, String user, String password, String json)
            throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form; returns the SESSION cookie's value, or null when refused. */
    String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login", null);
        String anonymous = sessionCookie(form);
        HttpResponse<String> answer = postForm("/login", anonymous,
                Map.of("username", username, "password", password, "_csrf", csrf(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        return location.contains("/login") ? null : sessionCookie(answer);
    }

    void signOut(String session) throws IOException, InterruptedException {
        HttpResponse<String> home = get("/", session);
        HttpResponse<String> answer = postForm("/logout", session, Map.of("_csrf", csrf(home)));
        if (!answer.headers().firstValue("Location").orElse("").contains("/login?logout")) {
            throw new IllegalStateException(name + ": sign-out answered " + answer.statusCode() + " " + answer.headers());
        }
    }

    /** Whether this instance serves the home page to the session (else it sends the browser to sign in). */
    boolean knows(String session) throws IOException, InterruptedException {
        HttpResponse<String> home = get("/", session);
        return home.statusCode() == 200 && home.body().contains("id=\"current-user\"");
    }

    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, last) -> last).orElse(null);
    }

    private String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException(name + ": no CSRF token on the page (" + page.statusCode() + ")");
        }
        return m.group(1);
    }
}
