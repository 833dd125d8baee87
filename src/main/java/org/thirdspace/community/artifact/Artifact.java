package org.thirdspace.community.artifact;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.thirdspace.community.discussion.Post;
import org.thirdspace.community.discussion.Viewer;
import org.thirdspace.community.shared.DisplayText;
import org.thirdspace.community.shared.NullableUuidConverter;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A performance-support artifact as it reads now. Every change of its words makes a new
 * {@link ArtifactVersion} (with who and why); its audience widens only as far as its quoted
 * contributors agreed ({@link Contributor}); it falls due for review at the earlier of its
 * interval and a change in a source thread ({@link #reviewDueAt}).
 */
@Entity
@Table(name = "artifact")
@Access(AccessType.FIELD)
public class Artifact {

    public static final int MAX_TITLE = 200;
    public static final int MAX_REASON = 500;
    public static final int MAX_TAGS = 10;
    public static final int DEFAULT_REVIEW_DAYS = 90;
    public static final int MAX_REVIEW_DAYS = 730;

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    @Column(name = "space_id", nullable = false, updatable = false)
    private UUID spaceId;
    @Column(name = "peer_group_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID peerGroupId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ArtifactType type;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String locale;
    @Enumerated(EnumType.STRING)
    @Column(name = "moment_of_need", nullable = false)
    private MomentOfNeed momentOfNeed;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verification verification;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArtifactAudience audience;
    @Column(name = "steward_id", nullable = false)
    private UUID stewardId;
    @Column(name = "backup_verifier_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID backupVerifierId;
    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;
    @Column(name = "body_text", nullable = false)
    private String bodyText;
    @Column(nullable = false)
    private int version;
    @Column(name = "review_interval_days", nullable = false)
    private int reviewIntervalDays;
    @Column(name = "review_from", nullable = false)
    private Instant reviewFrom;
    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "artifact_tag", joinColumns = @JoinColumn(name = "artifact_id"))
    @Column(name = "tag", nullable = false)
    private Set<String> tags = new TreeSet<>();

    protected Artifact() {
    }

    /** A new draft, stewarded by whoever makes it; the caller stores its {@link #firstVersion}. */
    public Artifact(UUID organisationId, UUID spaceId, UUID peerGroupId, ArtifactType type, String title, String locale,
                    MomentOfNeed momentOfNeed, ArtifactAudience audience, UUID createdBy, Post.Body body,
                    Collection<String> tags, Instant now) {
        if (audience == ArtifactAudience.PEER_GROUP && peerGroupId == null) {
            throw new IllegalArgumentException("a peer-group artifact names its group");
        }
        this.id = TimeOrderedUuid.next();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.spaceId = Objects.requireNonNull(spaceId);
        this.peerGroupId = peerGroupId;
        this.type = Objects.requireNonNull(type);
        this.title = Objects.requireNonNull(title);
        this.locale = ArtifactTemplate.locale(locale);
        this.momentOfNeed = Objects.requireNonNull(momentOfNeed);
        this.verification = Verification.DRAFT;
        this.audience = Objects.requireNonNull(audience);
        this.stewardId = Objects.requireNonNull(createdBy);
        this.createdBy = createdBy;
        this.reviewIntervalDays = DEFAULT_REVIEW_DAYS;
        this.reviewFrom = now;
        this.createdAt = now;
        this.updatedAt = now;
        this.version = 1;
        write(body);
        retag(tags);
    }

    public ArtifactVersion firstVersion(String reason) {
        return new ArtifactVersion(id, 1, title, bodyMarkdown, reason, createdBy, createdAt);
    }

    /** New words (and title, tags, moment of need): the next version, with who and why. */
    public ArtifactVersion edit(String newTitle, Post.Body body, Collection<String> newTags, MomentOfNeed moment,
                                UUID editor, String reason, Instant now) {
        this.title = Objects.requireNonNull(newTitle);
        write(body);
        retag(newTags);
        this.momentOfNeed = Objects.requireNonNull(moment);
        this.version++;
        this.updatedAt = now;
        // What an expert verified is the earlier version's words; the new ones are a peer's at best.
        if (verification == Verification.EXPERT_VERIFIED) {
            this.verification = Verification.PEER_REVIEWED;
        }
        return new ArtifactVersion(id, version, title, bodyMarkdown, Objects.requireNonNull(reason), editor, now);
    }

    public void verify(Verification next, Instant now) {
        if (!verification.mayBecome(next)) {
            throw new IllegalArgumentException("an artifact that is " + verification + " does not become " + next);
        }
        this.verification = next;
        if (next.isReview()) {
            this.reviewFrom = now;
        }
        if (type == ArtifactType.WEEKLY_SYNTHESIS && next != Verification.DRAFT && publishedAt == null) {
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    /** Named people, never a group: a group as verifier ends with nobody verifying. */
    public void stewardship(UUID steward, UUID backupVerifier, Instant now) {
        if (backupVerifier != null && backupVerifier.equals(steward)) {
            throw new IllegalArgumentException("the backup verifier is someone other than the steward");
        }
        this.stewardId = Objects.requireNonNull(steward);
        this.backupVerifierId = backupVerifier;
        this.updatedAt = now;
    }

    public void reviewEvery(int days, Instant now) {
        if (days < 1 || days > MAX_REVIEW_DAYS) {
            throw new IllegalArgumentException("a review interval is 1 to " + MAX_REVIEW_DAYS + " days");
        }
        this.reviewIntervalDays = days;
        this.updatedAt = now;
    }

    /**
     * Further up the ladder; the caller has every needed consent. The peer group it was made in is
     * remembered, so that a withdrawn consent can take it back there.
     */
    public void widen(ArtifactAudience wider, Instant now) {
        if (!wider.isWiderThan(audience)) {
            throw new IllegalArgumentException("not a wider audience: " + wider);
        }
        this.audience = wider;
        this.updatedAt = now;
    }

    /**
     * Back down, when a contributor withdraws consent: to its peer group only when it was made in
     * one, otherwise no narrower than the space.
     */
    public void narrow(ArtifactAudience narrower, Instant now) {
        if (narrower == ArtifactAudience.PEER_GROUP && peerGroupId == null) {
            narrower = ArtifactAudience.SPACE;
        }
        if (!audience.isWiderThan(narrower)) {
            return;
        }
        this.audience = narrower;
        this.updatedAt = now;
    }

    /**
     * When the next review is due: the interval after the last review, or the first sign that it
     * may be out of date — a change in a source thread or a reader's "outdated" since that review
     * — whichever comes first. Either sign may be null.
     */
    public Instant reviewDueAt(Instant lastSourceChange, Instant lastOutdatedMark) {
        Instant due = reviewFrom.plus(Duration.ofDays(reviewIntervalDays));
        for (Instant sign : new Instant[] {lastSourceChange, lastOutdatedMark}) {
            if (sign != null && sign.isAfter(reviewFrom) && sign.isBefore(due)) {
                due = sign;
            }
        }
        return due;
    }

    /**
     * Who reads it: anyone of the organisation once it is shared with the organisation (or placed
     * on a course page); a space's members while it is the space's; a peer group's members (and the
     * space's moderators) while it is the group's. Its steward and backup verifier always, and a
     * quoted contributor, who must read what they are asked to agree to. A weekly synthesis not yet
     * published ({@link #isUnpublished}) is only theirs and its space's synthesizers' and
     * facilitators': its audience is whom it will reach once published, not yet.
     */
    public boolean readableBy(Viewer viewer, boolean contributor) {
        if (!organisationId.equals(viewer.organisationId())) {
            return false;
        }
        if (isVerifier(viewer.personId()) || contributor) {
            return true;
        }
        if (isUnpublished()) {
            return viewer.synthesizedSpaces().contains(spaceId);
        }
        boolean member = viewer.memberSpaces().contains(spaceId);
        return switch (audience) {
            case ORGANISATION, COURSE_PAGE -> true;
            case SPACE -> member;
            case PEER_GROUP -> member && (viewer.peerGroups().contains(peerGroupId) || viewer.moderatedSpaces().contains(spaceId));
        };
    }

    /**
     * A weekly synthesis still in draft: drafted every week (and again on demand) from the week's
     * activity, it is the synthesizer's working copy until they publish it (which reviews it). Other
     * artifacts are drafts in the sense of verification only and are read by their audience, whose
     * peers review them.
     */
    public boolean isUnpublished() {
        return type == ArtifactType.WEEKLY_SYNTHESIS && verification == Verification.DRAFT;
    }

    public boolean isStewardedBy(UUID personId) {
        return stewardId.equals(personId);
    }

    public boolean isVerifier(UUID personId) {
        return stewardId.equals(personId) || personId.equals(backupVerifierId);
    }

    private void write(Post.Body body) {
        this.bodyMarkdown = body.markdown();
        this.bodyHtml = body.html();
        this.bodyText = body.text();
    }

    private void retag(Collection<String> newTags) {
        if (newTags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("at most " + MAX_TAGS + " tags");
        }
        this.tags.clear();
        this.tags.addAll(newTags);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID spaceId() {
        return spaceId;
    }

    public UUID peerGroupId() {
        return peerGroupId;
    }

    public ArtifactType type() {
        return type;
    }

    public String title() {
        return DisplayText.withoutBidiControls(title);
    }

    public String locale() {
        return locale;
    }

    public MomentOfNeed momentOfNeed() {
        return momentOfNeed;
    }

    public Verification verification() {
        return verification;
    }

    public ArtifactAudience audience() {
        return audience;
    }

    public UUID stewardId() {
        return stewardId;
    }

    public Optional<UUID> backupVerifierId() {
        return Optional.ofNullable(backupVerifierId);
    }

    public String bodyMarkdown() {
        return bodyMarkdown;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public int version() {
        return version;
    }

    public int reviewIntervalDays() {
        return reviewIntervalDays;
    }

    public Instant reviewFrom() {
        return reviewFrom;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When a weekly synthesis was published (left its draft): the moment it is news, once. */
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public List<String> tags() {
        return List.copyOf(new TreeSet<>(tags));
    }
}
