package org.thirdspace.community.moderation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An organisation's watch list: terms that open a case for the moderators (see {@link WatchList}). */
public interface WatchTerms {

    void add(WatchTerm term);

    List<WatchTerm> watchTerms(UUID organisationId);

    Optional<WatchTerm> watchTerm(UUID termId);

    void remove(WatchTerm term);
}
