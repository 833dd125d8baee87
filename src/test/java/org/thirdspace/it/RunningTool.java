package org.thirdspace.it;

/** A running Thirdspace under test: started here on Payara Micro, or deployed elsewhere (Payara Server). */
public interface RunningTool {

    String url(String path);

    int port();

    String adminToken();
}
