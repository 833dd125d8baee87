package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.digest.Digests;

import java.time.Instant;

/** A person chooses how often they receive a digest: weekly, daily or never. */
@ApplicationScoped
public class SetDigestPreference {

    private Digests digests;

    protected SetDigestPreference() {
    }

    @Inject
    public SetDigestPreference(Digests digests) {
        this.digests = digests;
    }

    @Transactional
    public DigestFrequency set(Actor actor, String frequency, Instant now) {
        DigestFrequency chosen = DigestFrequency.of(frequency)
                .orElseThrow(() -> new InvalidRequest("frequency", "frequency must be weekly, daily or off"));
        digests.prefer(actor.personId(), chosen, now);
        return chosen;
    }
}
