package org.thirdspace.application.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.community.digest.DigestFrequency;
import org.thirdspace.community.digest.Digests;
import org.thirdspace.community.person.People;
import org.thirdspace.application.organisation.DefaultsInForce;
import org.thirdspace.config.ToolSettings;

/**
 * A person's digest setting as their card shows it: the frequency (their choice, else the
 * organisation's default, else the tool's), whether their LMS shares an e-mail address to send it to (it may not: privacy
 * settings), and whether this installation sends e-mail at all.
 */
@ApplicationScoped
public class ShowDigestPreference {

    private Digests digests;
    private People people;
    private ToolSettings settings;
    private DefaultsInForce defaults;

    protected ShowDigestPreference() {
    }

    @Inject
    public ShowDigestPreference(Digests digests, People people, ToolSettings settings, DefaultsInForce defaults) {
        this.digests = digests;
        this.people = people;
        this.settings = settings;
        this.defaults = defaults;
    }

    public record Preference(String frequency, boolean chosen, boolean hasEmail, boolean mailEnabled) {
    }

    @Transactional
    public Preference show(Actor actor) {
        DigestFrequency chosen = digests.preference(actor.personId()).orElse(null);
        DigestFrequency frequency = chosen != null ? chosen : defaults.of(actor.organisationId()).digestDefault();
        String email = people.find(actor.organisationId(), actor.personId()).map(p -> p.profile().email()).orElse(null);
        return new Preference(frequency.name(), chosen != null, email != null && !email.isBlank(), settings.mailEnabled());
    }
}
