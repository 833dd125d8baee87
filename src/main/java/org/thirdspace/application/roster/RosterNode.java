package org.thirdspace.application.roster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How a sync run names the node that ran it, for admins reading the history of a cluster. */
final class RosterNode {

    static final String NAME = name();

    private RosterNode() {
    }

    private static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
