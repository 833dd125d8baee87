package org.thirdspace.lti.lti11;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.lti.launch.GenericPlans;
import org.thirdspace.lti.launch.LaunchAcceptance;

import java.time.Instant;
import java.util.Map;

/**
 * An LTI 1.1 launch in one transaction, like an LTI 1.3 one ({@link LaunchAcceptance}): the
 * verification, which uses the nonce last, then the same recording of person, course, membership
 * and link, and where the launch leads. A launch refused late leaves its nonce unused.
 */
@ApplicationScoped
public class Lti11LaunchAcceptance {

    @Inject
    Lti11Verification verification;

    @Inject
    LaunchAcceptance acceptance;

    @Inject
    GenericPlans genericPlans;

    @Transactional
    public LaunchAcceptance.Accepted accept(Map<String, String> parameters, String launchUrl, Instant now) {
        genericPlans.forThisTransaction();
        Lti11Verification.Verified verified = verification.verify(parameters, launchUrl, now);
        Lti11MessageReader.Read message = verified.message();
        return acceptance.record(message.launch(), message.userId(), message.sourcedId(), now);
    }
}
