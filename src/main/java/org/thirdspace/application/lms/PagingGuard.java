package org.thirdspace.application.lms;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a listing's {@code next} link may be followed (LTI.md negative test 20):
 * <ul>
 *   <li>only to the origin of the first page — the bearer token is never sent to another origin,
 *       and a listing that points elsewhere is incomplete, so the run stops;</li>
 *   <li>never back to a page already read (a loop);</li>
 *   <li>at most {@code maxPages} pages.</li>
 * </ul>
 * It remembers at most {@code maxPages} URLs, so its memory is bounded whatever the platform sends.
 */
public final class PagingGuard {

    private final String origin;
    private final int maxPages;
    private final Set<URI> visited = new HashSet<>();

    public PagingGuard(URI first, int maxPages) {
        this.origin = origin(first);
        this.maxPages = maxPages;
        visited.add(first.normalize());
    }

    /** The next page to read, or null when the listing is complete. */
    public URI follow(URI next) throws ServiceRefused {
        if (next == null) {
            return null;
        }
        if (!sameOrigin(next)) {
            throw new ServiceRefused("the next page link points to another origin (" + describe(next)
                    + "); paging stopped there and no access token was sent to it");
        }
        if (visited.size() >= maxPages) {
            throw new ServiceRefused("the listing has more than " + maxPages + " pages; paging stopped there");
        }
        if (!visited.add(next.normalize())) {
            throw new ServiceRefused("the next page link leads back to a page already read ("
                    + describe(next) + "); paging stopped there");
        }
        return next;
    }

    /** Whether a link (e.g. {@code differences}) is on the listing's origin. */
    public boolean sameOrigin(URI uri) {
        return origin.equals(origin(uri));
    }

    /** A URL without its query (which may carry tokens or personal data), for messages. */
    private static String describe(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (port == -1) {
            port = "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        }
        return scheme + "://" + host + ":" + port;
    }
}
