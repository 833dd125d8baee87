package org.thirdspace.community.person;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.thirdspace.community.shared.DisplayText;
import org.thirdspace.community.shared.TimeOrderedUuid;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone known to the tool, identified by the organisation (platform registration) and the
 * platform's stable {@code sub}. Two people with the same e-mail are two people: identity is never
 * merged by e-mail, which the platform does not guarantee to be unique or verified.
 */
@Entity
@Table(name = "person")
@Access(AccessType.FIELD)
public class Person {

    /** The name an erased person's posts show: no pseudonym, which would still tell their posts apart. */
    public static final String FORMER_MEMBER = "A former member";
    /** An erased person's subject: their own id behind a prefix, unique, and unknown to any LMS. */
    private static final String ERASED_SUBJECT = "erased:";
    /**
     * The subject of a person who so far only arrived by LTI 1.1, which has no {@code sub}: it
     * holds their place in the unique (organisation, subject) key until an LTI 1.3 launch with a
     * verified migration claim names their {@code sub} ({@link #adoptSubject}).
     */
    public static final String LTI11_SUBJECT_PREFIX = "lti11:";

    /** Launch timestamps are refreshed at most this often, to keep launches free of needless writes. */
    private static final Duration LAUNCH_STAMP_RESOLUTION = Duration.ofMinutes(1);

    @Id
    private UUID id;
    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;
    /**
     * The platform's {@code sub}; for someone known only by LTI 1.1, {@link #LTI11_SUBJECT_PREFIX} and
     * their user_id; for an erased person, {@link #ERASED_SUBJECT} and their id.
     */
    @Column(nullable = false)
    private String subject;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    private String email;
    @Column(name = "picture_url")
    private String pictureUrl;
    private String locale;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonStatus status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "last_launch_at")
    private Instant lastLaunchAt;
    /** A name the person chose because their LMS shares none ({@link #chooseName}). */
    @Column(name = "chosen_name")
    private String chosenName;
    /** The LMS's SIS identifier ({@code lis_person_sourcedid}), when it shares it. */
    @Column(name = "lis_person_sourcedid")
    private String sourcedId;
    /** The LTI 1.1 {@code user_id} of the same person (LTI 1.3 migration), when the LMS shares it. */
    @Column(name = "lti11_user_id")
    private String legacyUserId;

    protected Person() {
    }

    public Person(UUID organisationId, String subject, PersonProfile profile, Instant now) {
        this.id = TimeOrderedUuid.next();
        this.organisationId = Objects.requireNonNull(organisationId);
        this.subject = Objects.requireNonNull(subject);
        this.status = PersonStatus.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
        apply(profile);
    }

    /** Someone arriving by an LTI 1.1 launch, known by their 1.1 {@code user_id} only. */
    public static Person fromLti11Launch(UUID organisationId, String lti11UserId, PersonProfile profile, Instant now) {
        Person person = new Person(organisationId, LTI11_SUBJECT_PREFIX + Objects.requireNonNull(lti11UserId), profile, now);
        person.legacyUserId = lti11UserId;
        return person;
    }

    /** Whether the LMS has not yet told this person's LTI 1.3 {@code sub}. */
    public boolean knownOnlyByLti11() {
        return subject.startsWith(LTI11_SUBJECT_PREFIX) && legacyUserId != null
                && subject.equals(LTI11_SUBJECT_PREFIX + legacyUserId);
    }

    /**
     * The LMS moved to LTI 1.3 and vouched (lti1p1 claim, verified) that this LTI 1.1 person has
     * this {@code sub}: the same record carries on, with everything they wrote and joined.
     */
    public void adoptSubject(String newSubject, Instant now) {
        if (!knownOnlyByLti11()) {
            throw new IllegalStateException("only a person known by LTI 1.1 alone takes an LTI 1.3 subject");
        }
        this.subject = Objects.requireNonNull(newSubject);
        this.updatedAt = now;
    }

    /**
     * Takes the platform's latest view of this person. Returns whether anything changed, so that
     * a launch by an unchanged person writes nothing.
     */
    public boolean updateProfile(PersonProfile profile, Instant now) {
        if (Objects.equals(profile, profile())) {
            return false;
        }
        apply(profile);
        this.updatedAt = now;
        return true;
    }

    /**
     * Identifiers the LMS keeps besides {@code sub}. They never identify the person to the tool
     * (that is {@code sub} alone); they are kept for reports and LTI 1.1 data migration. An absent
     * value keeps the known one.
     */
    public boolean recordLmsIdentifiers(String newSourcedId, String newLegacyUserId, Instant now) {
        boolean changed = false;
        if (newSourcedId != null && !newSourcedId.equals(sourcedId)) {
            sourcedId = newSourcedId;
            changed = true;
        }
        if (newLegacyUserId != null && !newLegacyUserId.equals(legacyUserId)) {
            legacyUserId = newLegacyUserId;
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public String sourcedId() {
        return sourcedId;
    }

    public String legacyUserId() {
        return legacyUserId;
    }

    public boolean recordLaunch(Instant now) {
        if (lastLaunchAt != null && Duration.between(lastLaunchAt, now).compareTo(LAUNCH_STAMP_RESOLUTION) < 0) {
            return false;
        }
        this.lastLaunchAt = now;
        return true;
    }

    private void apply(PersonProfile profile) {
        this.displayName = profile.displayName();
        this.givenName = profile.givenName();
        this.familyName = profile.familyName();
        this.email = profile.email();
        this.pictureUrl = profile.pictureUrl();
        this.locale = profile.locale();
    }

    public PersonProfile profile() {
        return new PersonProfile(displayName, givenName, familyName, email, pictureUrl, locale);
    }

    public boolean mayUseTheTool() {
        return status == PersonStatus.ACTIVE;
    }

    public void changeStatus(PersonStatus newStatus, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String subject() {
        return subject;
    }

    public PersonStatus status() {
        return status;
    }

    /**
     * The name others see: the LMS's, else the one the person chose, else their pseudonym. The LMS's
     * name always wins, so that nobody can pass for someone else where the LMS says who they are.
     */
    public String nameToShow() {
        if (status == PersonStatus.ERASED) {
            return FORMER_MEMBER;
        }
        PersonProfile profile = profile();
        if (profile.hasName()) {
            return profile.nameToShow();
        }
        return chosenName != null ? chosenName : Pseudonym.of(id);
    }

    /** Whether the person may choose the name others see: only while their LMS shares none. */
    public boolean mayChooseName() {
        return status != PersonStatus.ERASED && !profile().hasName();
    }

    public String chosenName() {
        return chosenName;
    }

    /**
     * The person's own name for others, when the LMS's privacy settings share none (Moodle can send
     * no name at all). Blank clears it (back to the pseudonym).
     */
    public void chooseName(String name, Instant now) {
        if (!mayChooseName()) {
            throw new IllegalStateException("the LMS shares this person's name; it is the one shown");
        }
        String cleaned = name == null ? null : DisplayText.withoutBidiControls(name).strip();
        this.chosenName = cleaned == null || cleaned.isEmpty() ? null : cleaned;
        this.updatedAt = now;
    }

    /**
     * Removes what identifies the person: names, e-mail, picture, locale, the LMS's identifiers (its
     * {@code sub} too, so a later launch with it is somebody new). The id stays, so the community's
     * threads keep their shape. Erasing twice changes nothing.
     */
    public boolean erase(Instant now) {
        if (status == PersonStatus.ERASED) {
            return false;
        }
        apply(new PersonProfile(null, null, null, null, null, null));
        this.chosenName = null;
        this.sourcedId = null;
        this.legacyUserId = null;
        this.subject = ERASED_SUBJECT + id;
        this.lastLaunchAt = null;
        this.status = PersonStatus.ERASED;
        this.updatedAt = now;
        return true;
    }

    /** The person's last launch, or their arrival (a roster may list people who never launched). */
    public Instant lastActiveAt() {
        return lastLaunchAt != null ? lastLaunchAt : createdAt;
    }

    public boolean isErased() {
        return status == PersonStatus.ERASED;
    }

    public Instant lastLaunchAt() {
        return lastLaunchAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
