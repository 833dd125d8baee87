package org.thirdspace.lti.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where the tool may send requests on a platform's behalf. A platform-supplied URL (a key set, a
 * token endpoint, a roster page, a dynamic-registration document) must not turn the tool into a
 * proxy into its own network (SSRF): only https, and never to loopback, private, link-local
 * (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local or multicast addresses,
 * unless the host is explicitly allowed for development.
 */
public final class OutboundAddressPolicy {

    private final Set<String> privateHostsAllowed;

    public OutboundAddressPolicy(Set<String> privateHostsAllowed) {
        this.privateHostsAllowed = Set.copyOf(privateHostsAllowed);
    }

    /** Before a request is sent: the host must resolve, and only to public addresses. */
    public void check(URI uri) throws OutboundRefused {
        check(uri, false);
    }

    /**
     * When a URL is registered: the same rules, except that a host that does not resolve yet is
     * accepted (DNS may be down or not set up yet); it is checked again before every request.
     */
    public void checkForRegistration(URI uri) throws OutboundRefused {
        check(uri, true);
    }

    private void check(URI uri, boolean unknownHostAccepted) throws OutboundRefused {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            throw new OutboundRefused("not an absolute URL: " + uri);
        }
        if (uri.getUserInfo() != null) {
            throw new OutboundRefused("URLs with credentials are not accepted: " + uri.getHost());
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean developmentHost = privateHostsAllowed.contains(host);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(developmentHost && scheme.equals("http"))) {
            throw new OutboundRefused("only https URLs are accepted: " + uri.getScheme() + "://" + host);
        }
        if (developmentHost) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(stripBrackets(host));
        } catch (UnknownHostException e) {
            if (unknownHostAccepted) {
                return;
            }
            throw new OutboundRefused("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new OutboundRefused("host " + host + " resolves to a private or local address");
            }
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses; IPv4-mapped addresses are judged as IPv4.
            if ((bytes[0] & 0xFE) == 0xFC) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        return first == 0                                   // 0.0.0.0/8 "this network"
                || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
                || (first == 192 && second == 0 && (bytes[2] & 0xFF) == 0) // 192.0.0.0/24 protocol assignments
                || (first == 198 && (second == 18 || second == 19))       // 198.18.0.0/15 benchmarking
                || first >= 240;                                  // reserved and broadcast
    }
}
