package nl.ivbplanner.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operating system's side of the embedded PostgreSQL: its postmaster and server processes. */
final class PostmasterProcesses {

    private static final Logger log = LoggerFactory.getLogger(PostmasterProcesses.class);
    /** Backends notice their postmaster's death within moments; they hold its shared memory until they exit. */
    private static final Duration BACKENDS_EXIT_WAIT = Duration.ofSeconds(30);

    private PostmasterProcesses() {}

    /** Waits until the server processes of a stopped postmaster have exited, or gives up after a while. */
    static void awaitExit(List<ProcessHandle> processes) {
        try {
            CompletableFuture.allOf(
                            processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(BACKENDS_EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn(
                    "Server processes of the stopped PostgreSQL still run after {}: starting anyway",
                    BACKENDS_EXIT_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a kill -9 of the JVM the postmaster survives and keeps postmaster.pid: stop it first. */
    static void stopOrphaned(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    // only the postmaster of this very directory: another run's server keeps running
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)
                                    && p.info()
                                            .arguments()
                                            .map(a -> List.of(a).contains(dataDir.toString()))
                                            .orElse(false))
                    .ifPresent(p -> {
                        log.warn("Stopping orphaned embedded PostgreSQL (pid {}) in {}", pid, dataDir);
                        p.destroy();
                        try {
                            p.onExit().get(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                        }
                    });
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check {}: {}", pidFile, e.toString());
        }
    }
}
