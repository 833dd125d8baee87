package org.thirdspace.application.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.AccessDenied;
import org.thirdspace.application.Actor;
import org.thirdspace.application.ConductNotAccepted;
import org.thirdspace.application.TooManyRequests;
import org.thirdspace.community.moderation.RateLimit;
import org.thirdspace.community.moderation.SafeSpacePolicy;
import org.thirdspace.community.moderation.Suspension;
import org.thirdspace.community.moderation.Suspensions;
import org.thirdspace.community.moderation.WriteCounters;
import org.thirdspace.config.ToolSettings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * What every write of a member into a space passes first — start a thread, reply, edit, react,
 * report — whatever page or client sent it: no suspension, the space's current code of conduct
 * accepted, and (for posts and reports) the person's rate limit. Called inside the use case's
 * transaction before anything is written, so a refusal leaves nothing behind.
 */
@ApplicationScoped
public class WriteGate {

    private Suspensions suspensions;
    private WriteCounters writeCounters;
    private CurrentConduct conduct;
    private ToolSettings settings;

    protected WriteGate() {
    }

    @Inject
    public WriteGate(Suspensions suspensions, WriteCounters writeCounters, CurrentConduct conduct, ToolSettings settings) {
        this.suspensions = suspensions;
        this.writeCounters = writeCounters;
        this.conduct = conduct;
        this.settings = settings;
    }

    public void mayWrite(Actor actor, UUID spaceId, Instant now) {
        Suspension suspension = suspensions.activeSuspension(spaceId, actor.personId(), now).orElse(null);
        boolean accepted = suspension != null || conduct.accepted(actor.organisationId(), spaceId, actor.personId());
        SafeSpacePolicy.writeRefusal(suspension != null, accepted).ifPresent(refusal -> {
            if (refusal == SafeSpacePolicy.WriteRefusal.SUSPENDED) {
                throw new AccessDenied(refusal.code(), "A moderator paused your writing in this space until "
                        + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(suspension.endsAt().atOffset(ZoneOffset.UTC).withNano(0))
                        + " UTC. You can still read.");
            }
            throw new ConductNotAccepted(spaceId);
        });
    }

    /** Threads and replies, counted from the posts table so every node sees the same count. */
    public void mayPost(Actor actor, Instant now) {
        RateLimit limit = settings.postingLimit();
        writeCounters.serialiseWritesOf(actor.personId());
        WriteCounters.Recent recent = writeCounters.postsSince(actor.personId(), limit.windowStart(now));
        limit.retryAfter(recent.count(), recent.oldest(), now).ifPresent(wait -> {
            throw new TooManyRequests("You are posting faster than this community allows (" + limit.limit() + " a minute).", wait);
        });
    }

    public void mayReport(Actor actor, Instant now) {
        RateLimit limit = settings.reportingLimit();
        writeCounters.serialiseWritesOf(actor.personId());
        WriteCounters.Recent recent = writeCounters.reportsSince(actor.personId(), limit.windowStart(now));
        limit.retryAfter(recent.count(), recent.oldest(), now).ifPresent(wait -> {
            throw new TooManyRequests("You have made many reports in the last hour (" + limit.limit() + "); moderators are "
                    + "looking at them.", wait);
        });
    }
}
