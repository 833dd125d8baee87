package org.thirdspace.community.moderation;

import org.thirdspace.community.space.Membership;

import java.util.Optional;

/**
 * Who may do what to keep a space safe, decided from values only so each rule is unit-tested.
 * Callers pass whether the person moderates the space and whether they administer the organisation
 * (from their launch roles); a refusal becomes a clear error in the application layer.
 */
public final class SafeSpacePolicy {

    /** Why a member may not write right now; the codes are what the API answers. */
    public enum WriteRefusal {
        SUSPENDED("suspended"), CONDUCT_NOT_ACCEPTED("conduct-not-accepted");

        private final String code;

        WriteRefusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private SafeSpacePolicy() {
    }

    /**
     * Writing (threads, replies, edits, reactions, reports) needs an accepted code of conduct and no
     * suspension; a suspension is told first, as accepting the code would not help.
     */
    public static Optional<WriteRefusal> writeRefusal(boolean suspended, boolean conductAccepted) {
        if (suspended) {
            return Optional.of(WriteRefusal.SUSPENDED);
        }
        return conductAccepted ? Optional.empty() : Optional.of(WriteRefusal.CONDUCT_NOT_ACCEPTED);
    }

    /** Members report posts of others that are not deleted. */
    public static boolean mayReport(Membership membership, boolean ownPost, boolean deleted) {
        return membership != null && membership.isMember() && !ownPost && !deleted;
    }

    /**
     * The space's moderators decide pending cases; once escalated, only the organisation's admins do.
     * Admins may also decide a pending case of their organisation. The transition must be legal.
     */
    public static boolean mayDecide(ModerationState from, ModerationState to, boolean moderatesSpace, boolean organisationAdmin) {
        if (!from.mayMoveTo(to)) {
            return false;
        }
        return from == ModerationState.ESCALATED ? organisationAdmin : moderatesSpace || organisationAdmin;
    }

    /** Cases, their history and the audit are for the space's moderators and the organisation's admins. */
    public static boolean maySeeCases(boolean moderatesSpace, boolean organisationAdmin) {
        return moderatesSpace || organisationAdmin;
    }

    /**
     * A moderator suspends members of the space, never themselves and never someone who moderates
     * it too (facilitators may suspend a moderator; a disagreement among moderators is not settled
     * by suspending each other).
     */
    public static boolean maySuspend(Membership actor, Membership target) {
        if (actor == null || !actor.moderates() || target == null || actor.personId().equals(target.personId())) {
            return false;
        }
        return !target.moderates() || (actor.facilitates() && !target.facilitates());
    }

    /** Moving a thread needs moderating both the space it is in and the one it goes to. */
    public static boolean mayMoveThread(Membership from, Membership to) {
        return from != null && from.moderates() && to != null && to.moderates() && !from.spaceId().equals(to.spaceId());
    }

    /** A space's code of conduct is the facilitators'; the organisation default is the admins'. */
    public static boolean mayWriteSpaceConduct(Membership membership) {
        return membership != null && membership.facilitates();
    }

    /** Whether this many distinct reporters hide the post until a moderator looks (0: never). */
    public static boolean reportsHide(long distinctReporters, int threshold) {
        return threshold > 0 && distinctReporters >= threshold;
    }
}
