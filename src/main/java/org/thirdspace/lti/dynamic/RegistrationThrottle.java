package org.thirdspace.lti.dynamic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.TooManyRequests;
import org.thirdspace.community.moderation.RateLimit;
import org.thirdspace.config.ToolSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The registration URL is open to anyone, and each attempt makes the tool fetch a configuration and
 * call a registration endpoint: left unlimited, it would let anybody make the tool send requests at
 * their pace. So the installation accepts {@code thirdspace.lti.dynamic-registration.per-hour}
 * attempts in a sliding hour, whoever sends them (behind a proxy every sender has one address; a
 * real platform registers once). The attempt is recorded first and counted after, each in a
 * transaction of its own, so two nodes at the edge of the limit both see each other: at worst both
 * are refused, never both let through.
 */
@ApplicationScoped
public class RegistrationThrottle {

    private RegistrationAttempts attempts;
    private ToolSettings settings;

    protected RegistrationThrottle() {
    }

    @Inject
    public RegistrationThrottle(RegistrationAttempts attempts, ToolSettings settings) {
        this.attempts = attempts;
        this.settings = settings;
    }

    /** Lets an attempt through, or refuses it (it then leaves no trace) with the time to wait. */
    public void admit(Instant now) {
        RateLimit limit = settings.dynamicRegistrationLimit();
        if (limit.limit() <= 0) {
            return;
        }
        UUID id = UUID.randomUUID();
        attempts.record(id, now, limit.windowStart(now));
        RegistrationAttempts.Recent recent = attempts.since(limit.windowStart(now));
        // The count includes this attempt; the limit is about the ones before it.
        Optional<Duration> wait = limit.retryAfter(recent.count() - 1, recent.oldest(), now);
        if (wait.isPresent()) {
            attempts.forget(id);
            long minutes = Math.max(1, (wait.get().getSeconds() + 59) / 60);
            throw new TooManyRequests("too many platforms tried to register in the last hour (at most " + limit.limit()
                    + "); nothing was fetched or registered; try again in " + minutes + (minutes == 1 ? " minute" : " minutes"),
                    wait.get());
        }
    }
}
