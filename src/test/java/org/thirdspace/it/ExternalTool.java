package org.thirdspace.it;

import java.net.URI;

/**
 * A Thirdspace already running somewhere else — CI deploys the EAR on Payara Server and runs the
 * same integration tests against it ({@code thirdspace.it.external-url},
 * {@code thirdspace.it.external-admin-token}).
 */
record ExternalTool(URI base, String adminToken) implements RunningTool {

    @Override
    public String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Override
    public int port() {
        return base.getPort();
    }
}
