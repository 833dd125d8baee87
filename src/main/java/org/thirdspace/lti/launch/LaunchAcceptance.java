package org.thirdspace.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.thirdspace.application.peergroup.CourseMemberSeen;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.LaunchArrival;
import org.thirdspace.application.LaunchRecord;
import org.thirdspace.application.PersonBarred;
import org.thirdspace.application.RecordLaunch;
import org.thirdspace.application.courselink.FindLaunchDestination;
import org.thirdspace.application.courselink.LaunchDestination;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.LtiMessageLog;
import org.thirdspace.lti.LtiRejection;
import org.thirdspace.lti.deeplinking.AnswerDeepLinking;
import org.thirdspace.lti.deeplinking.DeepLinkingRequest;
import org.thirdspace.lti.deeplinking.DeepLinkingRequests;
import org.thirdspace.lti.platform.RegistrationCache;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A launch in one transaction: verification (which consumes the login last), the recording of
 * person, course, membership and link, and where the launch leads. Either all of it happens or
 * none: a launch refused late — a barred person, a lost insert race — leaves no consumed login and
 * no half-written person. One transaction also means one connection and one commit per launch.
 */
@ApplicationScoped
public class LaunchAcceptance {

    private LaunchVerification verification;
    private RecordLaunch recordLaunch;
    private DeepLinkingRequests deepLinkingRequests;
    private FindLaunchDestination destinations;
    private ToolSettings settings;
    private RegistrationCache registrations;
    /** Custom values such as {@code course_end} or {@code course_completed} may start a programme's formation. */
    @Inject
    Event<CourseMemberSeen> memberSeen;

    protected LaunchAcceptance() {
    }

    @Inject
    public LaunchAcceptance(LaunchVerification verification, RecordLaunch recordLaunch, DeepLinkingRequests deepLinkingRequests,
                            FindLaunchDestination destinations, ToolSettings settings, RegistrationCache registrations) {
        this.registrations = registrations;
        this.verification = verification;
        this.recordLaunch = recordLaunch;
        this.deepLinkingRequests = deepLinkingRequests;
        this.destinations = destinations;
        this.settings = settings;
    }

    /** What became of an id_token POST: a recorded launch, or a request for the Platform Storage value. */
    public sealed interface Outcome {
    }

    /**
     * A recorded launch: with where it leads, or, for deep linking, with the request kept for the
     * designer's session.
     */
    public record Accepted(LtiLaunch launch, LaunchRecord record, LaunchDestination destination, UUID deepLinkingRequestId)
            implements Outcome {
    }

    public record AskPlatformStorage(LaunchCheck.NeedsPlatformStorage check) implements Outcome {
    }

    @Transactional
    public Outcome accept(String idToken, String state, String cookieBinding, String storageBinding, Instant now) {
        // The login's look-up also lets this transaction use generic plans (OidcLogins.claimForLaunch, or findForLaunch).
        LaunchCheck check = verification.verify(idToken, state, cookieBinding, storageBinding, now);
        if (check instanceof LaunchCheck.NeedsPlatformStorage storage) {
            return new AskPlatformStorage(storage);
        }
        LaunchCheck.Verified verified = (LaunchCheck.Verified) check;
        return record(verified.launch(), verified.lti11UserId(), null, now);
    }

    /**
     * Records a launch verified by either LTI version: person, course, membership and link, then
     * where it leads. Runs in the caller's transaction (an LTI 1.1 launch's, see
     * {@code lti.lti11.Lti11LaunchAcceptance}). {@code lti11UserId} identifies an LTI 1.1 launch's
     * person (the launch has no subject), or is the verified migration claim's of an LTI 1.3 one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted record(LtiLaunch launch, String lti11UserId, String sourcedId, Instant now) {
        if (launch.isDeepLinking()) {
            refuseUnlessDesigner(launch);
        }
        LaunchRecord record;
        try {
            LaunchArrival arrival = arrival(launch, lti11UserId, sourcedId);
            record = recordLaunch.record(arrival, now);
            if (record.courseId() != null) {
                memberSeen.fire(new CourseMemberSeen(record.courseId(), record.personId(), arrival.custom(), now));
            }
        } catch (PersonBarred e) {
            throw new LtiRejection(403, "lti.launch.person-barred", e.getMessage());
        }
        if (launch.isDeepLinking()) {
            UUID request = openDeepLinking(launch, record, now);
            LtiMessageLog.accepted("LtiDeepLinkingRequest", launch.registrationId(), launch.deploymentId(),
                    "content selection " + request + " opened");
            return new Accepted(launch, record, null, request);
        }
        LaunchDestination destination = destination(launch, record, now);
        LtiMessageLog.accepted("LtiResourceLinkRequest", launch.registrationId(), launch.deploymentId(), landing(destination));
        return new Accepted(launch, record, destination, null);
    }

    private static String landing(LaunchDestination destination) {
        if (destination.spaceId() != null) {
            return "lands in space " + destination.spaceId();
        }
        if (destination.artifactId() != null) {
            return "opens artifact " + destination.artifactId();
        }
        return destination.notSetUp() ? "lands on 'not set up yet'" : "lands on a choice of " + destination.choices().size() + " spaces";
    }

    /** Where the launch leads; a placed link names its space in custom parameters (see AnswerDeepLinking). */
    private LaunchDestination destination(LtiLaunch launch, LaunchRecord record, Instant now) {
        Actor actor = new Actor(record.organisationId(), record.personId(), record.courseId(), record.linkId(), record.roles());
        return destinations.find(actor, record.courseName(), new FindLaunchDestination.CommunityReference(
                launch.custom().get(AnswerDeepLinking.COMMUNITY_ID), launch.custom().get(AnswerDeepLinking.COMMUNITY_KEY),
                launch.custom().get(AnswerDeepLinking.ARTIFACT_ID)), now);
    }

    /**
     * Only course designers place links (LTI.md negative test 22), and only from a course: the
     * placed community is linked to it. Refused before anything is written.
     */
    private static void refuseUnlessDesigner(LtiLaunch launch) {
        if (launch.context() == null) {
            throw new LtiRejection(400, "lti.deep-linking.no-course", "LtiDeepLinkingRequest without a context");
        }
        if (!launch.roles().designsCourse()) {
            throw new LtiRejection(403, "lti.deep-linking.not-designer", "LtiDeepLinkingRequest from someone who does not design the course");
        }
    }

    private UUID openDeepLinking(LtiLaunch launch, LaunchRecord record, Instant now) {
        LtiLaunch.DeepLinkingSettings dl = launch.deepLinking();
        DeepLinkingRequest request = new DeepLinkingRequest(launch.registrationId(), launch.deploymentId(), record.personId(),
                record.courseId(), dl.returnUrl(), dl.data(), dl.acceptTypes(), dl.acceptPresentationTargets(), dl.acceptMultiple(),
                dl.title(), dl.text(), now, now.plus(settings.sessionLifetime()));
        deepLinkingRequests.add(request);
        return request.id();
    }

    /**
     * The custom values kept for the member: all but the placed link's community id and key, which
     * only route the launch (and the key must not be shown where members' values are, such as the
     * peer-group preview).
     */
    private static Map<String, String> memberCustom(LtiLaunch launch) {
        Map<String, String> custom = new LinkedHashMap<>(launch.custom());
        custom.remove(AnswerDeepLinking.COMMUNITY_ID);
        custom.remove(AnswerDeepLinking.COMMUNITY_KEY);
        return custom;
    }

    /**
     * The launch arrives in its registration's organisation: the registration's own, or the one it was
     * attached to when the platform re-created the tool (V18), so people and courses are found again.
     */
    private LaunchArrival arrival(LtiLaunch launch, String lti11UserId, String sourcedId) {
        return new LaunchArrival(registrations.organisationOf(launch.registrationId()), launch.deploymentId(), launch.subject(),
                launch.profile(), launch.roles(),
                launch.context() == null ? null
                        : new LaunchArrival.Course(launch.context().id(), launch.context().label(), launch.context().title()),
                launch.resourceLink() == null ? null
                        : new LaunchArrival.Link(launch.resourceLink().id(), launch.resourceLink().title()),
                lti11UserId, sourcedId, memberCustom(launch));
    }
}
