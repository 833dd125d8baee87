package org.thirdspace.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.LaunchArrival;
import org.thirdspace.application.LaunchRecord;
import org.thirdspace.application.PersonBarred;
import org.thirdspace.application.RecordLaunch;
import org.thirdspace.lti.LtiRejection;

import java.time.Instant;

/**
 * A launch in one transaction: verification (which consumes the login last) and the recording of
 * person, course, membership and link. Either all of it happens or none: a launch refused late —
 * a barred person, a lost insert race — leaves no consumed login and no half-written person.
 */
@ApplicationScoped
public class LaunchAcceptance {

    @Inject
    LaunchVerification verification;

    @Inject
    RecordLaunch recordLaunch;

    /** What became of an id_token POST: a recorded launch, or a request for the Platform Storage value. */
    public sealed interface Outcome {
    }

    public record Accepted(LtiLaunch launch, LaunchRecord record) implements Outcome {
    }

    public record AskPlatformStorage(LaunchCheck.NeedsPlatformStorage check) implements Outcome {
    }

    @Transactional
    public Outcome accept(String idToken, String state, String cookieBinding, String storageBinding, Instant now) {
        LaunchCheck check = verification.verify(idToken, state, cookieBinding, storageBinding, now);
        if (check instanceof LaunchCheck.NeedsPlatformStorage storage) {
            return new AskPlatformStorage(storage);
        }
        LtiLaunch launch = ((LaunchCheck.Verified) check).launch();
        try {
            return new Accepted(launch, recordLaunch.record(arrival(launch), now));
        } catch (PersonBarred e) {
            throw new LtiRejection(403, "lti.launch.person-barred", e.getMessage());
        }
    }

    private static LaunchArrival arrival(LtiLaunch launch) {
        return new LaunchArrival(launch.registrationId(), launch.deploymentId(), launch.subject(), launch.profile(), launch.roles(),
                launch.context() == null ? null
                        : new LaunchArrival.Course(launch.context().id(), launch.context().label(), launch.context().title()),
                launch.resourceLink() == null ? null
                        : new LaunchArrival.Link(launch.resourceLink().id(), launch.resourceLink().title()));
    }
}
