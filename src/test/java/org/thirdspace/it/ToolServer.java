package org.thirdspace.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * JUnit extension: one shared Thirdspace server for every integration test class of the run,
 * started on first use and stopped when the run ends. Test classes get a {@link ToolClient}.
 * A server start takes about 25 s of the run, so classes that need other settings share a server
 * too: one per subclass ({@link LinkLevelToolServer}).
 */
public class ToolServer implements BeforeAllCallback, ParameterResolver {

    /**
     * The posting limit of the shared server. A server started elsewhere ({@code
     * thirdspace.it.external-url}) must be given the same limit (THIRDSPACE_SAFETY_POSTS_PER_MINUTE),
     * or this property set to its limit.
     */
    static final int POSTS_PER_MINUTE = Integer.getInteger("thirdspace.it.posts-per-minute", 100);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    /** The server's name (its log is {@code target/it/payara-<name>.log}). */
    String name() {
        return "shared";
    }

    /** The settings this server starts with. */
    Map<String, String> settings() {
        return Map.of("thirdspace.keys.min-publish-seconds", "2", "thirdspace.lti.jwks.min-refresh-seconds", "2",
                // Test classes write many posts as one person in a few seconds; SafeSpaceIT
                // reaches this limit on purpose.
                "thirdspace.safety.posts-per-minute", String.valueOf(POSTS_PER_MINUTE),
                // LaunchRoundTripsIT reads how many database round trips a request took.
                "thirdspace.db.count-round-trips", "true",
                // Dynamic Registration tests and browser tests register many platforms in one
                // run; DynamicRegistrationLimitIT checks the limit on a server of its own.
                "thirdspace.lti.dynamic-registration.per-hour", "10000",
                // GradesIT waits for scores to be sent: every second instead of every five.
                "thirdspace.grades.tick-seconds", "1");
    }

    RunningTool server(ExtensionContext context) {
        String external = System.getProperty("thirdspace.it.external-url", "");
        if (!external.isBlank() && getClass() == ToolServer.class) {
            return new ExternalTool(java.net.URI.create(external), System.getProperty("thirdspace.it.external-admin-token", ""));
        }
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("thirdspace-server-" + name(), key -> start(), Holder.class).server;
    }

    private Holder start() {
        try {
            Path dir = Files.createTempDirectory("thirdspace-it-" + name() + "-");
            PayaraMicroServer server = PayaraMicroServer.start(name(), dir, settings());
            server.awaitReady(PayaraMicroServer.START_TIMEOUT);
            return new Holder(server);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start Payara Micro", e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ToolClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new ToolClient(server(context));
    }

    /** Stops the server when the root context closes (end of the test run). */
    record Holder(PayaraMicroServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.stop();
        }
    }
}
