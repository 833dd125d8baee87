package org.thirdspace.bench;

import org.thirdspace.it.TestPlatform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The generated community of {@code bench/community-data.sql} for one organisation: its script with
 * the organisation, deployment and number of people filled in, and a way to run it.
 */
final class CommunityData {

    private final String sql;

    private CommunityData(String sql) {
        this.sql = sql;
    }

    static CommunityData of(TestPlatform platform, int people) {
        try (InputStream in = CommunityData.class.getClassLoader().getResourceAsStream("bench/community-data.sql")) {
            return new CommunityData(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(":org", "'" + platform.registrationId() + "'::uuid")
                    .replace(":deployment", "'" + platform.deploymentId() + "'")
                    .replace(":people", Integer.toString(people)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same script with the one occurrence of {@code from} replaced: the generator changed if there is none or more. */
    CommunityData replacingOnce(String from, String to) {
        int at = sql.indexOf(from);
        if (at < 0 || sql.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("community-data.sql no longer has exactly one '" + from + "'");
        }
        return new CommunityData(sql.replace(from, to));
    }

    /** A tenth of the posts: 100,000 in 10,000 threads, 10 threads a space, the same 1,000 spaces, courses and people. */
    CommunityData tenthOfThePosts() {
        return replacingOnce("generate_series(1, 1000000) n)", "generate_series(1, 100000) n)")
                .replacingOnce("from generate_series(1, 100000) n;", "from generate_series(1, 10000) n;")
                .replacingOnce("((n - 1) / 100) + 1 as space_n", "((n - 1) / 10) + 1 as space_n")
                .replacingOnce("(100000 - n)", "(10000 - n)");
    }

    /** Runs the script statement by statement; returns how long it took in seconds. */
    long generate(BenchDatabase database) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "");
             Statement statement = connection.createStatement()) {
            for (String part : sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
        }
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
