package org.thirdspace.lti.nrps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.RosterPage;
import org.thirdspace.application.lms.RosterSource;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceUnavailable;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.http.OutboundResponse;
import org.thirdspace.lti.services.ServiceRequests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a course's membership container page by page (NRPS 2.0,
 * https://www.imsglobal.org/spec/lti-nrps/v2p0). One page is one request: the caller applies it
 * before asking for the next, so a roster of any size is never held whole.
 */
@ApplicationScoped
public class NamesRolesClient implements RosterSource {

    /** NRPS 2.0 §3.6.1 scope. */
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    /** NRPS 2.0 §2.2 media type. */
    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    @Inject
    ServiceRequests requests;

    @Inject
    ToolSettings settings;

    /**
     * The first page of a listing: the context memberships URL with {@code limit}, and {@code rlid}
     * when a resource link is known (§2.4.3: members then carry that link's {@code message} claims).
     */
    @Override
    public URI firstPage(String membershipsUrl, String resourceLinkKey) {
        StringBuilder url = new StringBuilder(membershipsUrl);
        char separator = membershipsUrl.contains("?") ? '&' : '?';
        url.append(separator).append("limit=").append(settings.rosterPageLimit());
        if (resourceLinkKey != null) {
            url.append("&rlid=").append(URLEncoder.encode(resourceLinkKey, StandardCharsets.UTF_8));
        }
        return URI.create(url.toString());
    }

    /**
     * Reads one page. A platform's passing trouble (5xx, 429, timeouts) is retried with a pause
     * that varies (jitter), so that several nodes do not hammer a struggling platform in step; a
     * refusal or a malformed page is not retried.
     */
    @Retry(maxRetries = 3, delay = 400, jitter = 200, maxDuration = 60_000,
            retryOn = ServiceUnavailable.class)
    @Override
    public RosterPage page(PlatformAccount account, URI url) throws ServiceFailure {
        OutboundResponse response = requests.get(account, Set.of(SCOPE), url, MEDIA_TYPE, settings.rosterPageMaxBytes());
        return MembershipContainerReader.read(response.body(), url, response.headers().allValues("Link"));
    }
}
