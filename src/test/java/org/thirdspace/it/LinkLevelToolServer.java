package org.thirdspace.it;

import java.util.Map;

/**
 * JUnit extension: the server with link-level roster listings on ({@code thirdspace.roster.link-level},
 * as the run command has it), shared by the classes that need custom values in the roster (NRPS 2.0
 * §2.5: {@code message} with {@code rlid}). Always started here, also when the others run against
 * a server deployed elsewhere.
 */
public class LinkLevelToolServer extends ToolServer {

    @Override
    String name() {
        return "link-level";
    }

    @Override
    Map<String, String> settings() {
        return Map.of("thirdspace.roster.link-level", "true");
    }
}
