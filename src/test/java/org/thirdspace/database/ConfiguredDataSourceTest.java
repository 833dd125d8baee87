package org.thirdspace.database;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredDataSourceTest {

    @Test
    void theDriverIsChosenByTheUrl() throws SQLException {
        assertThat(ConfiguredDataSource.driverFor("jdbc:h2:mem:x")).isInstanceOf(org.h2.Driver.class);
        assertThat(ConfiguredDataSource.driverFor("jdbc:postgresql://db/x")).isInstanceOf(org.postgresql.Driver.class);
    }

    @Test
    void aUrlNoDriverAcceptsIsRefusedWithAClearMessageThatHidesPasswords() {
        assertThatThrownBy(() -> ConfiguredDataSource.driverFor("jdbc:oracle:thin:@db?password=hunter2"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("No bundled JDBC driver accepts")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void passwordsInUrlsAreRedacted() {
        assertThat(ConfiguredDataSource.redact("jdbc:postgresql://db/x?user=a&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/x?user=a&password=***&ssl=true");
        assertThat(ConfiguredDataSource.redact("jdbc:h2:file:/d;PASSWORD=secret;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/d;PASSWORD=***;MODE=PostgreSQL");
    }
}
