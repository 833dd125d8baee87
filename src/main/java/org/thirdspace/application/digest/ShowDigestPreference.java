package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.digest.Digests;
import org.thirdspace.community.person.People;
import org.thirdspace.config.ToolSettings;

/**
 * A person's digest setting as their card shows it: the frequency (their choice, else the
 * default), whether their LMS shares an e-mail address to send it to (it may not: privacy
 * settings), and whether this installation sends e-mail at all.
 */
@ApplicationScoped
public class ShowDigestPreference {

    private Digests digests;
    private People people;
    private ToolSettings settings;

    protected ShowDigestPreference() {
    }

    @Inject
    public ShowDigestPreference(Digests digests, People people, ToolSettings settings) {
        this.digests = digests;
        this.people = people;
        this.settings = settings;
    }

    public record Preference(String frequency, boolean chosen, boolean hasEmail, boolean mailEnabled) {
    }

    @Transactional
    public Preference show(Actor actor) {
        DigestFrequency chosen = digests.preference(actor.personId()).orElse(null);
        DigestFrequency frequency = chosen != null ? chosen : DefaultFrequency.of(settings);
        String email = people.find(actor.organisationId(), actor.personId()).map(p -> p.profile().email()).orElse(null);
        return new Preference(frequency.name(), chosen != null, email != null && !email.isBlank(), settings.mailEnabled());
    }
}
