package org.fagai.operations;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The platform as an operator runs it: {@code java -jar fagai.jar} in its own process on a data directory, reached
 * over loopback HTTP; its embedded PostgreSQL reached with the passwords the platform keeps in that directory.
 */
final class Platform implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Crash#Test2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDir;
    private final String profiles;
    private final List<String> jvmOptions;
    private final List<String> extraArgs;
    private Process process;
    private int port;
    private int fixedPort;
    private int starts;

    /** Without the demo profile: an empty platform whose first administrator is admin / {@link #ADMIN_PASSWORD}. */
    Platform(Path dataDir, String... extraArgs) {
        this(dataDir, "", List.of("-Xmx1g"), extraArgs);
    }

    Platform(Path dataDir, String profiles, List<String> jvmOptions, String... extraArgs) {
        this.dataDir = dataDir;
        this.profiles = profiles;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.extraArgs = List.of(extraArgs);
    }

    /** The jar the build just packaged (surefire passes its path). */
    static Path jar() {
        String jar = System.getProperty("fagai.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("no packaged jar (fagai.jar=" + jar + "): run through `mvn verify`");
        }
        return Path.of(jar);
    }

    /** The JVM the platform runs on: {@code -Dfagai.java=…/bin/java} (e.g. Java 21+ for virtual threads), else this one. */
    static String java() {
        String chosen = System.getProperty("fagai.java");
        return chosen != null && !chosen.isBlank() ? chosen : ProcessHandle.current().info().command().orElse("java");
    }

    /** Starts the jar and waits until it answers its readiness probe. */
    Platform start() throws Exception {
        port = fixedPort > 0 ? fixedPort : freePort();
        starts++;
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port, "--spring.profiles.active=" + profiles,
                "--spring.main.banner-mode=off"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-run" + starts + ".log").toFile());
        builder.environment().put("FAGAI_DATA_DIR", dataDir.toString());
        builder.environment().put("FAGAI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        process = builder.start();
        awaitReady(Duration.ofMinutes(4));
        return this;
    }

    private void awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue() + " while starting; see " + log());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the platform was not ready within " + limit + "; see " + log());
    }

    Path log() {
        return dataDir.resolveSibling(dataDir.getFileName() + "-run" + starts + ".log");
    }

    /** A crash of the JVM: SIGKILL, no shutdown hook runs. */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A crash of the database server: SIGKILL to the postmaster named in postmaster.pid. */
    void killPostgres() throws Exception {
        long pid = postmasterPid();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    /** What an operator's service manager does: SIGTERM, then SIGKILL if it has not stopped within a minute. */
    boolean stop() throws InterruptedException {
        process.destroy();
        if (process.waitFor(60, TimeUnit.SECONDS)) {
            return true;
        }
        killJvm();
        return false;
    }

    /** The platform JVM's process id (for a profiler or its CPU time). */
    long pid() {
        return process.pid();
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    Path dataDir() {
        return dataDir;
    }

    Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(postgresDir().resolve("postmaster.pid")).get(0).trim());
    }

    /** The schema owner (as Flyway), for fixtures and checks; the port and password from the data directory. */
    Connection owner() throws IOException, SQLException {
        return connect("fagai_owner");
    }

    Connection superuser() throws IOException, SQLException {
        return connect("postgres");
    }

    private Connection connect(String role) throws IOException, SQLException {
        String port = Files.readAllLines(postgresDir().resolve("postmaster.pid")).get(3).trim();
        Properties passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(postgresDir().resolve("fagai-passwords.properties"))) {
            passwords.load(reader);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", role, passwords.getProperty(role));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", basic()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file as {@code multipart/form-data} field "file", as admin over HTTP Basic. */
    CompletableFuture<HttpResponse<String>> upload(String path, String fileName, byte[] content) {
        String boundary = "----fagai" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(3))
                .header("Authorization", basic()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Always start on this port (a load generator's base URL is fixed before the platform starts). */
    Platform onPort(int port) {
        this.fixedPort = port;
        return this;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs {@code java -jar fagai.jar <args>} (backup, restore) to its end; returns exit code and output. */
    static CommandResult command(Path dataDir, String... args) throws Exception {
        return commandIn(dataDir.getParent(), dataDir.toString(), args);
    }

    /** As an operator types it in {@code workingDir}, with {@code FAGAI_DATA_DIR} as given (e.g. "./data"). */
    static CommandResult commandIn(Path workingDir, String dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(workingDir.toFile());
        builder.environment().put("FAGAI_DATA_DIR", dataDir);
        Process run = builder.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(5, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new IllegalStateException("`" + String.join(" ", args) + "` did not finish: " + output);
        }
        return new CommandResult(run.exitValue(), output);
    }

    record CommandResult(int exitCode, String output) {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        if (running()) {
            stop();
        }
    }
}
