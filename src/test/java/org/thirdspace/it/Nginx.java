package org.thirdspace.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the cluster's reverse proxy, on loopback, with its own configuration and
 * temporary files under the test's work folder. A node that refuses connections is passed over
 * (the request goes to the next node, which nginx does only while nothing was sent yet) and left
 * out for a few seconds.
 */
public final class Nginx implements RunningTool, AutoCloseable {

    public static final Path BINARY = Path.of(System.getProperty("thirdspace.it.nginx", "/usr/sbin/nginx"));

    private final Process process;
    private final int port;
    private final String adminToken;

    private Nginx(Process process, int port, String adminToken) {
        this.process = process;
        this.port = port;
        this.adminToken = adminToken;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** A proxy on {@code port} (chosen before the nodes start: their base URL is the proxy's) to the nodes' ports. */
    public static Nginx start(int port, List<Integer> upstreamPorts, String adminToken) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("thirdspace.it.work", "target/it")).toAbsolutePath(), "nginx-");
        String servers = upstreamPorts.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
                .collect(Collectors.joining("\n"));
        String config = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 2m;
                  upstream thirdspace {
                %2$s
                    keepalive 32;
                    keepalive_timeout 20s;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://thirdspace;
                      proxy_set_header Host $http_host;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 60s;
                      proxy_next_upstream error timeout http_502 http_503;
                      proxy_next_upstream_tries 2;
                    }
                  }
                }
                """.formatted(dir, servers, port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Nginx nginx = new Nginx(process, port, adminToken);
        nginx.awaitListening(Duration.ofSeconds(20));
        return nginx;
    }

    private void awaitListening(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with " + process.exitValue());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url("/health/live")).toURL().openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() > 0) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("nginx did not listen within " + timeout);
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

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
