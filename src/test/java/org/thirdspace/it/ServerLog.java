package org.thirdspace.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the Payara Micro the tests started wrote to its log from a mark on. Absent when the tests
 * run against an external server (its log is not ours to read).
 */
final class ServerLog {

    private final Path file;
    private final long from;

    private ServerLog(Path file, long from) {
        this.file = file;
        this.from = from;
    }

    static Optional<ServerLog> mark() throws IOException {
        if (!System.getProperty("thirdspace.it.external-url", "").isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(System.getProperty("thirdspace.it.work", "target/it"), "payara-shared.log");
        return Files.exists(file) ? Optional.of(new ServerLog(file, Files.size(file))) : Optional.empty();
    }

    /** Everything written since the mark. */
    String written() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Everything written since the mark, once it contains {@code expected} (log lines are flushed shortly after). */
    String awaitContaining(String expected) throws IOException, InterruptedException {
        String written = written();
        for (int i = 0; i < 50 && !written.contains(expected); i++) {
            Thread.sleep(100);
            written = written();
        }
        return written;
    }
}
