package org.fagai.shared.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** After a hard kill of the JVM the embedded server keeps running and blocks the next start. */
final class StalePostmaster {

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (!lines.isEmpty()) {
            try {
                long pid = Long.parseLong(lines.get(0).trim());
                ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                        .ifPresent(StalePostmaster::terminate);
            } catch (NumberFormatException ignored) {
                // a damaged pid file: PostgreSQL rewrites it
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
