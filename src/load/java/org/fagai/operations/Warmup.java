package org.fagai.operations;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warm-up before the measured rush (not counted in Gatling's figures): the platform has just started from its jar,
 * and its JIT compilers would otherwise spend a third of the application's CPU compiling during the rush (JFR, run 5).
 * A fixed number of page views by the demo accounts (city, leader, district, admin, owner: never the load test's own
 * owners, so their data and the scenario stay as they are), each client signing in anew every fifth round, so the sign-in, the
 * session store, the security filters and the pages of the scenario are compiled before it starts. Loopback only.
 */
final class Warmup {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String[] ACCOUNTS = {"city", "leader", "district", "admin", "owner"};
    private static final int SIGN_IN_EVERY = 5;
    private static final String[] PAGES = {"/", "/projects", "/projects?page=1", "/projects/dashboard", "/projects/report"};

    private Warmup() {
    }

    /** Runs {@code rounds} rounds on {@code clients} threads; each round views every page once, every fifth signs in anew. */
    static void run(int port, int clients, int rounds) throws Exception {
        long started = System.nanoTime();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String account = ACCOUNTS[c % ACCOUNTS.length];
                done.add(pool.submit(() -> {
                    HttpClient http = null;
                    for (int r = 0; r < rounds; r++) {
                        if (r % SIGN_IN_EVERY == 0) {
                            http = signIn(port, account, requests, failures);
                        }
                        for (String page : PAGES) {
                            send(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page)).GET(), requests, failures);
                        }
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
        System.out.printf("LOAD warm-up: %d requests (%d not 200) in %.1f s%n", requests.get(), failures.get(),
                (System.nanoTime() - started) / 1e9);
    }

    private static HttpClient signIn(int port, String account, AtomicInteger requests, AtomicInteger failures) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> form = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET(), requests, failures);
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("warm-up: no CSRF token on the login form");
        }
        String body = "username=" + account + "&password=" + URLEncoder.encode(RushData.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        send(http, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), requests, failures);
        return http;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, AtomicInteger requests,
                                             AtomicInteger failures) throws Exception {
        HttpResponse<String> response = http.send(request.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        requests.incrementAndGet();
        if (response.statusCode() != 200) {
            failures.incrementAndGet();
        }
        return response;
    }
}
