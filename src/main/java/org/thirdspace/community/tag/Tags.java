package org.thirdspace.community.tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The organisation's tags and which threads carry them. */
public interface Tags {

    /** The tag with this name, created when it does not exist yet (concurrent creators get one tag). */
    Tag obtain(UUID organisationId, TagName name, String label);

    Optional<Tag> find(UUID organisationId, TagName name);

    void tag(UUID threadId, Collection<UUID> tagIds);

    Map<UUID, List<Tag>> tagsOf(Collection<UUID> threadIds);

    /** Name and label of the tags of each thread, in one look-up, for lists. */
    Map<UUID, List<Label>> labelsOf(Collection<UUID> threadIds);

    /** A tag as lists show it. */
    record Label(String name, String label) {
    }

    List<Tag> suggest(UUID organisationId, String prefix, int limit);
}
