package org.thirdspace.lti.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.thirdspace.application.lms.CourseGroupsSource;
import org.thirdspace.application.lms.GroupsPage;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceUnavailable;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.http.OutboundResponse;
import org.thirdspace.lti.services.ServiceRequests;

import java.net.URI;
import java.util.Set;

/**
 * Reads a course's groups and group sets from the Course Groups Service 1.0
 * (https://www.imsglobal.org/spec/lti-gs/v1p0), with its own scope and media types. Retries like
 * the roster client: only the platform's passing trouble.
 */
@ApplicationScoped
public class CourseGroupsClient implements CourseGroupsSource {

    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-gs/scope/contextgroup.readonly";
    public static final String GROUPS_MEDIA_TYPE = "application/vnd.ims.lti-gs.v1.contextgroupcontainer+json";
    public static final String SETS_MEDIA_TYPE = "application/vnd.ims.lti-gs.v1.contextgroupsetcontainer+json";

    @Inject
    ServiceRequests requests;

    @Inject
    ToolSettings settings;

    @Retry(maxRetries = 3, delay = 400, jitter = 200, maxDuration = 60_000,
            retryOn = ServiceUnavailable.class)
    @Override
    public GroupsPage groups(PlatformAccount account, URI url) throws ServiceFailure {
        OutboundResponse response = requests.get(account, Set.of(SCOPE), url, GROUPS_MEDIA_TYPE, settings.rosterPageMaxBytes());
        return GroupContainerReader.groups(response.body(), url, response.headers().allValues("Link"));
    }

    @Retry(maxRetries = 3, delay = 400, jitter = 200, maxDuration = 60_000,
            retryOn = ServiceUnavailable.class)
    @Override
    public GroupsPage sets(PlatformAccount account, URI url) throws ServiceFailure {
        OutboundResponse response = requests.get(account, Set.of(SCOPE), url, SETS_MEDIA_TYPE, settings.rosterPageMaxBytes());
        return GroupContainerReader.sets(response.body(), url, response.headers().allValues("Link"));
    }
}
