package org.thirdspace.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.it.Member.INSTRUCTOR;

/**
 * On PostgreSQL a first launch from a course writes the person and their membership in one
 * statement of its own making ({@code persistence.JpaNewcomers}), not through EclipseLink's
 * inserts. Both must be the rows EclipseLink writes: the same person and membership written the
 * other way — a first launch without a course (the person), then a launch from the course (the
 * membership) — compare equal column by column, apart from ids and times, and the times of the
 * newcomer's rows are those of their launch.
 */
@ExtendWith(ToolServer.class)
class NewcomerRowsIT {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final Set<String> OWN = Set.of("id", "subject", "person_id", "created_at", "updated_at", "last_launch_at");

    static ToolClient tool;
    static TestPlatform platform;

    @BeforeAll
    static void platform(ToolClient client) {
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.db.url", "").startsWith("jdbc:postgresql:"),
                "the one-statement path is PostgreSQL's");
        Assumptions.assumeTrue(System.getProperty("thirdspace.it.external-url", "").isBlank(), "reads the server's database");
        tool = client;
        platform = TestPlatform.register(tool);
    }

    @Test
    void aNewcomersPersonAndMembershipAreTheRowsEclipseLinkWrites() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String byEclipseLink = "written-apart-" + run;
        String newcomer = "newcomer-" + run;
        assertThat(launch(byEclipseLink, false).status()).isEqualTo(200); // the person alone
        assertThat(launch(byEclipseLink, true).status()).isEqualTo(200); // then their membership
        assertThat(launch(newcomer, true).status()).isEqualTo(200); // both in one statement

        try (Connection db = DriverManager.getConnection(System.getProperty("thirdspace.it.db.url"),
                System.getProperty("thirdspace.it.db.user", ""), "")) {
            Map<String, Object> apart = row(db, "select * from person where subject = ?", byEclipseLink);
            Map<String, Object> together = row(db, "select * from person where subject = ?", newcomer);
            assertThat(withoutOwn(together)).isEqualTo(withoutOwn(apart));
            assertThat(together.get("display_name")).isEqualTo("Ada Okafor");
            assertLaunchTimes(together);

            String membership = "select * from course_membership where person_id = ?";
            Map<String, Object> apartMembership = row(db, membership, apart.get("id"));
            Map<String, Object> togetherMembership = row(db, membership, together.get("id"));
            assertThat(withoutOwn(togetherMembership)).isEqualTo(withoutOwn(apartMembership));
            assertThat((String) togetherMembership.get("custom")).contains("cohort").contains("2026-Q4");
            assertThat(togetherMembership.get("source")).isEqualTo("LAUNCH");
            assertLaunchTimes(togetherMembership);
        }
    }

    private static ToolClient.Reply launch(String subject, boolean fromCourse) {
        return platform.launch(tool.browser(), subject, List.of(INSTRUCTOR), claims -> {
            claims.claim("name", "Ada Okafor").claim("given_name", "Ada").claim("family_name", "Okafor")
                    .claim("picture", "https://lms.example.test/ada.png").claim("locale", "fr-CA")
                    .claim(LTI + "custom", Map.of("cohort", "2026-Q4", "site", "Lyon"));
            if (!fromCourse) {
                claims.claim(LTI + "context", null);
            }
        });
    }

    private static void assertLaunchTimes(Map<String, Object> row) {
        assertThat(row.get("created_at")).isNotNull();
        assertThat(row.get("updated_at")).isEqualTo(row.get("created_at"));
        assertThat(row.get("last_launch_at")).isEqualTo(row.get("created_at"));
    }

    private static Map<String, Object> withoutOwn(Map<String, Object> row) {
        Map<String, Object> rest = new LinkedHashMap<>(row);
        rest.keySet().removeAll(OWN);
        return rest;
    }

    private static Map<String, Object> row(Connection db, String sql, Object key) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " " + key).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnName(i), rows.getObject(i));
                }
                assertThat(rows.next()).as("one row").isFalse();
                return row;
            }
        }
    }
}
