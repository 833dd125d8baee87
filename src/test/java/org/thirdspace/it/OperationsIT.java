package org.thirdspace.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, the OpenAPI document, response headers and the libraries the application loads. */
@ExtendWith(ToolServer.class)
class OperationsIT {

    @Test
    void readinessIncludesTheMigratedDatabase(ToolClient tool) {
        ToolClient.Reply ready = tool.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"").contains("schemaVersion");
        assertThat(tool.get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void metricsAreServedInPrometheusFormat(ToolClient tool) {
        ToolClient.Reply metrics = tool.get("/metrics", "Accept", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE").contains("# HELP");
    }

    @Test
    void theOpenApiDocumentDescribesTheRestApi(ToolClient tool) {
        ToolClient.Reply openapi = tool.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/admin/registrations").contains("/api/me").contains("/lti/login");
    }

    @Test
    void theApplicationUsesItsOwnNimbusNotPayaras(ToolClient tool) {
        Map<String, Object> runtime = tool.admin("GET", "/api/admin/runtime", null).json();
        Map<?, ?> nimbus = (Map<?, ?>) runtime.get("nimbusJoseJwt");
        assertThat(nimbus.get("version")).isEqualTo(System.getProperty("thirdspace.it.nimbus-version"));
        assertThat((String) nimbus.get("source")).contains("/WEB-INF/lib/nimbus-jose-jwt-");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders(ToolClient tool) {
        for (String path : new String[] {"/lti/jwks", "/emulator", "/api/me", "/static/css/thirdspace.css"}) {
            ToolClient.Reply reply = tool.get(path);
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("script-src 'self'").contains("frame-ancestors");
        }
    }

    @Test
    void staticFilesCannotEscapeTheirFolder(ToolClient tool) {
        assertThat(tool.get("/static/../META-INF/persistence.xml").status()).isEqualTo(404);
        assertThat(tool.get("/static/%2e%2e/templates/app.html").status()).isEqualTo(404);
        assertThat(tool.get("/static/js/app.js").status()).isEqualTo(200);
    }
}
