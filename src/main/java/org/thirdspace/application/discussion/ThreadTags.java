package org.thirdspace.application.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.tag.TagName;
import org.thirdspace.community.tag.Tags;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Puts the tags someone typed on a thread: normalised, shared across the organisation, at most eight. */
@ApplicationScoped
public class ThreadTags {

    static final int MAX_TAGS = 8;

    private Tags tags;

    protected ThreadTags() {
    }

    @Inject
    public ThreadTags(Tags tags) {
        this.tags = tags;
    }

    public void apply(UUID organisationId, UUID threadId, List<String> typed) {
        if (typed == null || typed.isEmpty()) {
            return;
        }
        Map<TagName, String> names = new LinkedHashMap<>();
        for (String label : typed) {
            Optional<TagName> name = TagName.of(label);
            name.ifPresent(n -> names.putIfAbsent(n, label));
        }
        if (names.size() > MAX_TAGS) {
            throw new InvalidRequest("tags", "at most " + MAX_TAGS + " tags");
        }
        tags.tag(threadId, names.entrySet().stream().map(e -> tags.obtain(organisationId, e.getKey(), e.getValue()).id()).toList());
    }
}
