package org.thirdspace.community.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The people of all organisations; every look-up is scoped by organisation. */
public interface People {

    Optional<Person> find(UUID organisationId, UUID personId);

    Optional<Person> findBySubject(UUID organisationId, String subject);

    /**
     * People of the organisation with this LTI 1.1 {@code user_id}, the one the LMS has told the
     * LTI 1.3 {@code sub} of first.
     */
    List<Person> findByLti11UserId(UUID organisationId, String lti11UserId);

    void add(Person person);

    List<Person> list(UUID organisationId, int limit);

    long count(UUID organisationId);

    /**
     * People of the organisation whose name, chosen name or e-mail contains {@code text} (any case),
     * or whose id it is; for administrators looking someone up.
     */
    List<Person> search(UUID organisationId, String text, int limit);

    /** People of the organisation by id, for names in lists. */
    Map<UUID, Person> byIds(UUID organisationId, Collection<UUID> ids);

    Optional<PersonCard> card(UUID personId);

    void add(PersonCard card);
}
