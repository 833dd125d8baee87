package org.thirdspace.application.digest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** How this node names itself as the holder of the digest lease: unique per process, readable in the table. */
final class DigestNode {

    static final String NAME = name();

    private DigestNode() {
    }

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }
}
