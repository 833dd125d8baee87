package org.thirdspace.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real WAR on Payara Micro, started as a separate process on a free port, with the embedded H2
 * database in a fresh folder, or the PostgreSQL database named by {@code thirdspace.it.db.url}.
 */
public final class PayaraMicroServer implements RunningTool, AutoCloseable {

    /**
     * One key secret for every server of a test run: with PostgreSQL they share one database, as
     * the nodes of a cluster do, and must open each other's sealed keys.
     */
    static final String KEY_SECRET = random();

    /**
     * How long a server may take to start: about 25 s on a quiet two-core machine, several minutes
     * when other builds share it. {@code thirdspace.it.start-minutes} changes it.
     */
    public static final Duration START_TIMEOUT = Duration.ofMinutes(Long.getLong("thirdspace.it.start-minutes", 8));

    private final int port;
    private final Path dataDir;
    private final String adminToken;
    private final Process process;
    private final Path log;

    private PayaraMicroServer(int port, Path dataDir, String adminToken, Process process, Path log) {
        this.port = port;
        this.dataDir = dataDir;
        this.adminToken = adminToken;
        this.process = process;
        this.log = log;
    }

    /** The heap and collector of a server under test (the roster sync and digest benchmarks use them, with both compilers). */
    public static final List<String> TEST_HEAP = List.of("-Xmx640m", "-XX:+UseSerialGC");

    /**
     * The JVM of a server under test: {@link #TEST_HEAP}, C1 only ({@code TieredStopAtLevel=1}): a test server lives for
     * seconds to minutes and never gets hot, and without C2 its start took 18-22 s of CPU instead of
     * 33-34 s (ready after 16-19 s instead of 20-21 s on a quiet two-core machine); an integration test
     * run starts some 30 of them. Benchmarks pass their own options.
     */
    public static final List<String> TEST_JVM = Stream.concat(TEST_HEAP.stream(), Stream.of("-XX:TieredStopAtLevel=1")).toList();

    /**
     * The embedded database a server keeps in {@code dataDir} (as the tool names it when no URL is
     * set), opened in H2's mixed mode (AUTO_SERVER) so that a test can open it too while the server
     * runs: pass it as the server's {@code thirdspace.db.url}.
     */
    public static String mixedModeH2(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("thirdspace").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    /** Starts a server; {@code settings} override the test defaults (system properties of the server). */
    public static PayaraMicroServer start(String name, Path dataDir, Map<String, String> settings) throws IOException {
        return start(name, dataDir, settings, TEST_JVM);
    }

    /** Starts a server with the given JVM options (heap, collector) instead of the test defaults. */
    public static PayaraMicroServer start(String name, Path dataDir, Map<String, String> settings, List<String> jvmOptions)
            throws IOException {
        return start(name, dataDir, settings, jvmOptions, List.of());
    }

    /**
     * Starts a server through {@code launcher}, a command that executes the JVM in its own place
     * (such as {@code taskset -c 1}, which pins the node to a core), so the process id stays the JVM's.
     */
    public static PayaraMicroServer start(String name, Path dataDir, Map<String, String> settings, List<String> jvmOptions,
                                          List<String> launcher) throws IOException {
        Path work = Path.of(System.getProperty("thirdspace.it.work", "target/it"));
        Files.createDirectories(work);
        Files.createDirectories(dataDir);
        int port = freePort();
        String adminToken = random();
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dthirdspace.base-url=http://localhost:" + port);
        command.add("-Dthirdspace.data-dir=" + dataDir.toAbsolutePath());
        command.add("-Dthirdspace.admin.token=" + adminToken);
        command.add("-Dthirdspace.keys.secret=" + KEY_SECRET);
        // As the run command passes them: defaults that the environment overrides (RunCommandDefaults).
        // Every test run checks both halves: the emulator is on only because the environment beats
        // the default, and private hosts are allowed only because the default is read.
        command.add("-Drun-default.thirdspace.emulator.enabled=false");
        command.add("-Drun-default.thirdspace.http.private-hosts-allowed=localhost,127.0.0.1");
        command.add("-Dthirdspace.lti.config-dir=" + dataDir.resolve("lti-config").toAbsolutePath());
        String db = System.getProperty("thirdspace.it.db.url", "");
        if (!db.isBlank() && !settings.containsKey("thirdspace.db.url")) {
            command.add("-Dthirdspace.db.url=" + db);
            command.add("-Dthirdspace.db.user=" + System.getProperty("thirdspace.it.db.user", ""));
        }
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(System.getProperty("thirdspace.it.payara-micro", "target/payara-micro.jar"));
        command.add("--deploy");
        command.add(System.getProperty("thirdspace.it.war", "target/thirdspace.war"));
        command.add("--contextroot");
        command.add("/");
        command.add("--port");
        command.add(String.valueOf(port));
        command.add("--nohazelcast");
        command.add("--rootdir");
        command.add(work.resolve("payara-root-" + name + "-" + port).toAbsolutePath().toString());
        Path log = work.resolve("payara-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("THIRDSPACE_EMULATOR_ENABLED", "true");
        Process process = builder.start();
        PayaraMicroServer server = new PayaraMicroServer(port, dataDir, adminToken, process, log);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly));
        return server;
    }

    /** Waits until the application answers (liveness UP); readiness may still be DOWN. */
    public PayaraMicroServer awaitLive(Duration timeout) {
        return await("/health/live", timeout);
    }

    /** Waits until readiness is UP. */
    public PayaraMicroServer awaitReady(Duration timeout) {
        return await("/health/ready", timeout);
    }

    private PayaraMicroServer await(String path, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url(path)).toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still booting
            }
            sleep(250);
        }
        throw new IllegalStateException(path + " not UP within " + timeout + "; see " + log);
    }

    @Override
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String adminToken() {
        return adminToken;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The server's output (Payara's log). */
    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process at once (SIGKILL): nothing of the server's shutdown runs, as when a machine dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Stops the process the way Ctrl-C does (SIGTERM runs Payara's shutdown hooks) and waits. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopQuietly() {
        if (process.isAlive()) {
            stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
