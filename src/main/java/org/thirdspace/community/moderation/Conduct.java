package org.thirdspace.community.moderation;

import java.time.Instant;
import java.util.UUID;

/**
 * The code of conduct that applies in a space: its scope (the space, for an override, or the
 * organisation) and version identify exactly what a member accepts. Version 0 of an organisation
 * is the built-in text, used until an admin writes the organisation's own.
 */
public record Conduct(UUID scopeId, boolean spaceOverride, int version, String body, Instant writtenAt) {

    public static Conduct builtIn(UUID organisationId) {
        return new Conduct(organisationId, false, 0, BUILT_IN, null);
    }

    static final String BUILT_IN = """
            This space is for learning together. By taking part you agree to:

            * **Be kind and assume good intent.** Disagree with ideas, never attack people.
            * **Keep it safe.** No harassment, hate, or discrimination of any kind.
            * **Share responsibly.** Check facts before you share them; say when you are unsure.
            * **Respect privacy.** Do not share what others said here outside the space without their consent.
            * **Stay on topic**, and no advertising or spam.

            Facilitators and moderators look after the space. They may write to you privately first,
            and may hide a post or pause someone's posting when needed. If something here worries you,
            use **Report**: only the moderators see who reported.""";
}
