package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.shared.TimeOrderedUuid;
import org.thirdspace.community.tag.Tag;
import org.thirdspace.community.tag.TagName;
import org.thirdspace.community.tag.Tags;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaTags implements Tags {

    private EntityManager em;

    protected JpaTags() {
    }

    @Inject
    public JpaTags(EntityManager em) {
        this.em = em;
    }

    @Override
    public Tag obtain(UUID organisationId, TagName name, String label) {
        return find(organisationId, name).orElseGet(() -> {
            // Insert-if-absent, so that two people creating the same tag at once get one tag.
            new NativeQuery().sql("insert into tag (id, organisation_id, name, label, created_at) values (?, ?, ?, ?, ?)"
                            + " on conflict do nothing", TimeOrderedUuid.next(), organisationId, name.value(),
                    labelOf(name, label), Instant.now())
                    .execute(em);
            return find(organisationId, name).orElseThrow();
        });
    }

    /** As {@link Tag} keeps it: what was typed, without bidirectional controls, else the name. */
    private static String labelOf(TagName name, String label) {
        String typed = org.thirdspace.community.shared.DisplayText.withoutBidiControls(label);
        return typed == null || typed.isBlank() || typed.length() > TagName.MAX ? name.value() : typed.strip();
    }

    @Override
    public Optional<Tag> find(UUID organisationId, TagName name) {
        return em.createQuery("select t from Tag t where t.organisationId = :organisation and t.name = :name", Tag.class)
                .setParameter("organisation", organisationId).setParameter("name", name.value())
                .getResultStream().findFirst();
    }

    @Override
    public void tag(UUID threadId, Collection<UUID> tagIds) {
        for (UUID tagId : tagIds) {
            new NativeQuery().sql("insert into thread_tag (thread_id, tag_id) values (?, ?) on conflict do nothing", threadId, tagId)
                    .execute(em);
        }
    }

    @Override
    public Map<UUID, List<Tag>> tagsOf(Collection<UUID> threadIds) {
        Map<UUID, List<Tag>> tags = new HashMap<>();
        if (threadIds.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = new NativeQuery().sql("select tt.thread_id, t.id from thread_tag tt join tag t on t.id = tt.tag_id"
                + " where tt.thread_id in ").in(threadIds).sql(" order by t.name").rows(em);
        Map<UUID, Tag> byId = new HashMap<>();
        List<UUID> ids = rows.stream().map(r -> NativeQuery.uuid(r[1])).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select t from Tag t where t.id in :ids", Tag.class).setParameter("ids", ids).getResultList()
                    .forEach(t -> byId.put(t.id(), t));
        }
        for (Object[] row : rows) {
            tags.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new ArrayList<>()).add(byId.get(NativeQuery.uuid(row[1])));
        }
        return tags;
    }

    @Override
    public Map<UUID, List<Label>> labelsOf(Collection<UUID> threadIds) {
        Map<UUID, List<Label>> labels = new HashMap<>();
        if (threadIds.isEmpty()) {
            return labels;
        }
        for (Object[] row : new NativeQuery().sql("select tt.thread_id, t.name, t.label from thread_tag tt join tag t on t.id = tt.tag_id"
                + " where tt.thread_id in ").in(threadIds).sql(" order by t.name").rows(em)) {
            labels.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new ArrayList<>()).add(new Label((String) row[1], (String) row[2]));
        }
        return labels;
    }

    @Override
    public List<Tag> suggest(UUID organisationId, String prefix, int limit) {
        String start = (prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).strip().replaceAll("^#", "")) + "%";
        return em.createQuery("select t from Tag t where t.organisationId = :organisation and t.name like :start order by t.name", Tag.class)
                .setParameter("organisation", organisationId).setParameter("start", start).setMaxResults(limit).getResultList();
    }
}
