package org.fagai.shared.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crash leaves in the data directory's {@code postmaster.pid}, cleared before the next start:
 * <ul>
 * <li>the JVM was killed, its PostgreSQL still runs: it is stopped (fast shutdown rolls back the open transactions);</li>
 * <li>PostgreSQL was killed too (or the machine crashed): the file names a dead process and PostgreSQL removes it
 * itself, once no leftover backend holds the old shared memory — which is awaited here;</li>
 * <li>the file names a process that is no PostgreSQL of this directory (a PID reused after a reboot): PostgreSQL
 * would take it for a running server and refuse to start, so the file is removed.</li>
 * </ul>
 * A data directory still used by another running instance (zonky's lock held by a live JVM) is never touched.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    private static final String INSTANCE_LOCK = "epg-lock";

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        if (lockedByRunningInstance(dataDirectory)) {
            throw new IllegalStateException("数据目录 " + dataDirectory + " 正被另一个运行中的平台实例使用");
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = pid(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isPostgresOf(process.get(), dataDirectory)) {
            log.warn("上次运行留下的内置 PostgreSQL（PID {}）仍在运行：快速停止后重新启动", process.get().pid());
            stop(process.get());
        } else if (process.isPresent()) {
            log.warn("postmaster.pid 中的 PID {} 是别的进程：删除过期的 postmaster.pid", process.get().pid());
            Files.deleteIfExists(pidFile);
            return;
        }
        if (Files.exists(pidFile)) {
            awaitSharedMemoryReleased(lines);
        }
    }

    /** The port of the PostgreSQL running on this directory, if one is. */
    static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        boolean running = pid(lines).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> isPostgresOf(p, dataDirectory)).isPresent();
        return running && lines.size() > 3 ? Optional.of(Integer.valueOf(lines.get(3).trim())) : Optional.empty();
    }

    private static Optional<Long> pid(List<String> lines) {
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();   // a damaged file: PostgreSQL rewrites it
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        if (!info.command().map(c -> c.endsWith("postgres")).orElse(false)) {
            return false;
        }
        Path directory = dataDirectory.toAbsolutePath().normalize();
        return info.arguments().map(args -> List.of(args).stream().anyMatch(arg -> sameDirectory(arg, directory))).orElse(true);
    }

    /** "./data/postgres" and "/srv/fagai/data/postgres" name one directory. */
    private static boolean sameDirectory(String argument, Path directory) {
        try {
            return Path.of(argument).toAbsolutePath().normalize().equals(directory);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static boolean lockedByRunningInstance(Path dataDirectory) throws IOException {
        Path lock = dataDirectory.resolve(INSTANCE_LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return true;
            }
            taken.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown: open transactions roll back, then a checkpoint, then it exits. */
    private static void stop(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("内置 PostgreSQL（PID {}）未能正常停止，强制结束", postmaster.pid());
            postmaster.destroyForcibly();
            try {
                postmaster.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // PostgreSQL's own check of postmaster.pid decides then
            }
        }
    }

    /**
     * PostgreSQL refuses to start while a backend of the killed server still holds its shared memory (it finishes its
     * statement first): wait, up to a minute, until the segment named in postmaster.pid has no process attached.
     */
    private static void awaitSharedMemoryReleased(List<String> lines) throws IOException {
        Path segments = Path.of("/proc/sysvipc/shm");
        if (lines.size() < 7 || !Files.isReadable(segments)) {
            return;
        }
        String[] keyAndId = lines.get(6).trim().split("\\s+");
        if (keyAndId.length < 2) {
            return;
        }
        String id = keyAndId[1];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<String> attached = Files.readAllLines(segments).stream().skip(1).map(l -> l.trim().split("\\s+"))
                    .filter(f -> f.length > 6 && f[1].equals(id)).map(f -> f[6]).findFirst();
            if (attached.isEmpty() || attached.get().equals("0")) {
                return;
            }
            log.info("等待上次运行的 PostgreSQL 后端进程退出（共享内存 {} 仍有 {} 个进程连接）", id, attached.get());
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
