package org.thirdspace.community.person;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What a person chooses to show others: a headline, a few words, and their e-mail only if they say so. */
@Entity
@Table(name = "person_card")
@Access(AccessType.FIELD)
public class PersonCard {

    public static final int MAX_HEADLINE = 200;
    public static final int MAX_ABOUT = 2000;

    @Id
    @Column(name = "person_id")
    private UUID personId;
    private String headline;
    private String about;
    @Column(name = "show_email", nullable = false)
    private boolean showEmail;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonCard() {
    }

    public PersonCard(UUID personId, Instant now) {
        this.personId = personId;
        this.updatedAt = now;
    }

    public void choose(String newHeadline, String newAbout, boolean email, Instant now) {
        this.headline = newHeadline;
        this.about = newAbout;
        this.showEmail = email;
        this.updatedAt = now;
    }

    public UUID personId() {
        return personId;
    }

    public String headline() {
        return headline;
    }

    public String about() {
        return about;
    }

    public boolean showsEmail() {
        return showEmail;
    }
}
