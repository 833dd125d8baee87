package org.thirdspace.database;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has been committed is never edited: databases out there have applied it, and
 * Flyway refuses to start on a database whose applied migration no longer matches its file
 * ("checksum mismatch"). Each committed {@code V*} migration's SHA-256 (line endings normalised) is
 * listed in {@code db/migration-checksums.txt}; this test fails when a listed file changed or
 * disappeared, and when a migration is not listed yet. See docs/MIGRATIONS.md.
 */
class CommittedMigrationsTest {

    private static final String LIST = "db/migration-checksums.txt";
    private static final List<String> FOLDERS = List.of("db/migration", "db/vendor/h2", "db/vendor/postgresql");

    @Test
    void noCommittedMigrationWasEdited() throws Exception {
        Map<String, String> listed = listed();
        Map<String, String> present = present();
        List<String> problems = new ArrayList<>();
        listed.forEach((file, checksum) -> {
            String now = present.get(file);
            if (now == null) {
                problems.add(file + " was committed but is gone: a migration applied by some database must stay; "
                        + "undo a change with a new migration instead");
            } else if (!now.equals(checksum)) {
                problems.add(file + " changed after it was committed: revert it and add a new migration (the next "
                        + "version number) that makes the change; databases that applied the old text would fail "
                        + "Flyway's validation at start-up");
            }
        });
        present.forEach((file, checksum) -> {
            if (!listed.containsKey(file)) {
                problems.add(file + " is not in src/test/resources/" + LIST + " yet: once it is final, add the line '"
                        + file + " " + checksum + "' to it (from then on the migration must not change)");
            }
        });
        assertThat(problems).as("migrations are never edited once committed").isEmpty();
    }

    @Test
    void theListNamesEveryFolder() throws Exception {
        assertThat(listed().keySet()).anyMatch(f -> f.startsWith("db/migration/"))
                .anyMatch(f -> f.startsWith("db/vendor/postgresql/"));
    }

    private static Map<String, String> listed() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        try (InputStream in = CommittedMigrationsTest.class.getClassLoader().getResourceAsStream(LIST)) {
            assertThat(in).as(LIST).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                assertThat(parts).as("line '" + trimmed + "' of " + LIST + ": a path and a checksum").hasSize(2);
                listed.put(parts[0], parts[1]);
            }
        }
        return listed;
    }

    /** Every V* migration of the main resources, by path relative to the class path root. */
    private static Map<String, String> present() throws IOException, URISyntaxException, NoSuchAlgorithmException {
        Map<String, String> present = new TreeMap<>();
        for (String folder : FOLDERS) {
            URL url = CommittedMigrationsTest.class.getClassLoader().getResource(folder);
            if (url == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                for (Path file : files.filter(p -> p.getFileName().toString().matches("V.+__.+\\.sql")).toList()) {
                    present.put(folder + "/" + file.getFileName(), checksum(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return present;
    }

    /** SHA-256 of the text with Windows line endings made Unix ones: a checkout's line endings are no edit. */
    static String checksum(String text) throws NoSuchAlgorithmException {
        byte[] normalised = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised));
    }
}
