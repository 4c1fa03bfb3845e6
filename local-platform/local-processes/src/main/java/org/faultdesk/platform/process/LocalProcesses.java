package org.faultdesk.platform.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the launchers of local processes (the Kafka broker, Keycloak, the packaged services) do
 * alike: a pid file, a start lock between JVMs that may start the same thing at once, a stop
 * bounded in time, a pause that gives up on interruption.
 */
public final class LocalProcesses {

    private LocalProcesses() {
    }

    /** What is done under a lock; may fail with an I/O error. */
    @FunctionalInterface
    public interface LockedWork<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding an exclusive lock on {@code lockFile} (other JVMs wait for it). */
    public static <T> T underLock(Path lockFile, LockedWork<T> work) throws IOException {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return work.run();
        }
    }

    /** The pid a pid file holds; empty when there is none or it is unreadable. */
    public static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void writePid(Path pidFile, long pid) throws IOException {
        Files.writeString(pidFile, Long.toString(pid));
    }

    public static void deletePidFile(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGTERM to the process and what it started (a start script's JVM), then SIGKILL to whatever
     * has not exited within {@code grace}.
     */
    public static void stopTree(ProcessHandle process, Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle member : tree) {
            try {
                member.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                member.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
