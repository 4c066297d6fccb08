package org.yangguang.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/yangguang.jar}) started as a process of its own on a
 * MySQL/MariaDB database, as it runs in production: for tests of several nodes and of crashes.
 * Its output goes to {@code target/nodes/<name>.log}.
 */
public final class AppNode implements AutoCloseable {

    private static final Path JAR = Path.of("target", "yangguang.jar");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node and waits until it reports healthy. */
    public static AppNode start(String name, ScratchDatabase database, String... extraArguments) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        try {
            int port = freePort();
            Path directory = Files.createDirectories(Path.of("target", "nodes"));
            Path log = directory.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-jar", JAR.toString(),
                    "--server.port=" + port,
                    "--spring.profiles.active=mysql",
                    "--yangguang.data-dir=" + directory.resolve(name + "-data"),
                    // The engine's name for this node in the job log (ACT_HI_JOB_LOG.HOSTNAME_).
                    "--camunda.bpm.generic-properties.properties.hostname=" + name));
            command.addAll(List.of(extraArguments));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("YANGGUANG_DB_URL", database.url());
            builder.environment().put("YANGGUANG_DB_USER", database.user());
            builder.environment().put("YANGGUANG_DB_PASSWORD", database.password());
            builder.environment().put("YANGGUANG_DEMO_DATA", "true");
            AppNode node = new AppNode(name, port, builder.start(), log);
            node.awaitHealthy(Duration.ofMinutes(4));
            return node;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public ApiClient client() {
        return new ApiClient(port);
    }

    /** SIGKILL: no shutdown hook, no transaction finished — a crash. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        process.destroy();
        if (!waitFor(Duration.ofSeconds(60))) {
            kill();
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        kill();
        throw new IllegalStateException("node " + name + " not healthy within " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
