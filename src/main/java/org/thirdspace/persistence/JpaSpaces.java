package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.Pseudonym;
import org.thirdspace.community.shared.DisplayText;
import org.thirdspace.community.space.MemberSummary;
import org.thirdspace.community.space.Membership;
import org.thirdspace.community.space.Space;
import org.thirdspace.community.space.SpaceMember;
import org.thirdspace.community.space.SpaceMemberKey;
import org.thirdspace.community.space.SpaceMembershipStatus;
import org.thirdspace.community.space.SpaceRole;
import org.thirdspace.community.space.Spaces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaSpaces implements Spaces {

    private EntityManager em;

    protected JpaSpaces() {
    }

    @Inject
    public JpaSpaces(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Space> find(UUID organisationId, UUID spaceId) {
        return Optional.ofNullable(em.find(Space.class, spaceId)).filter(s -> s.organisationId().equals(organisationId));
    }

    @Override
    public void add(Space space) {
        em.persist(space);
        em.flush();
    }

    @Override
    public void linkCourse(UUID spaceId, UUID courseId, UUID linkedBy, Instant now) {
        new NativeQuery().sql("insert into space_course (space_id, course_context_id, linked_by, linked_at) values (?, ?, ?, ?)"
                + " on conflict do nothing", spaceId, courseId, linkedBy, now).execute(em);
    }

    @Override
    public List<UUID> linkedCourses(UUID spaceId) {
        return new NativeQuery().sql("select course_context_id from space_course where space_id = ? order by linked_at", spaceId)
                .rows(em).stream().map(r -> NativeQuery.uuid(r[0])).toList();
    }

    @Override
    public List<Space> linkedTo(UUID courseId) {
        return new NativeQuery().sql("select s.* from space s join space_course sc on sc.space_id = s.id"
                + " where sc.course_context_id = ? order by sc.linked_at", courseId).entities(em, Space.class);
    }

    @Override
    public Optional<UUID> entry(UUID resourceLinkId) {
        return new NativeQuery().sql("select space_id from space_entry where resource_link_id = ?", resourceLinkId)
                .rows(em).stream().map(r -> NativeQuery.uuid(r[0])).findFirst();
    }

    /** One statement: the entry when there is one, else the linked spaces (the second part is empty when the first is not). */
    @Override
    public List<Space> entryOrLinked(UUID organisationId, UUID resourceLinkId, UUID courseId) {
        return new NativeQuery().sql("select s.* from space s join ("
                + "select e.space_id, e.created_at as ordering from space_entry e join space es on es.id = e.space_id"
                + " where e.resource_link_id = ? and es.organisation_id = ?"
                + " union all"
                + " select sc.space_id, sc.linked_at from space_course sc where sc.course_context_id = ?"
                + " and not exists (select 1 from space_entry x join space xs on xs.id = x.space_id"
                + " where x.resource_link_id = ? and xs.organisation_id = ?)"
                + ") r on r.space_id = s.id order by r.ordering", resourceLinkId, organisationId, courseId,
                resourceLinkId, organisationId).readOnly(em, Space.class);
    }

    @Override
    public void setEntry(UUID resourceLinkId, UUID spaceId, Instant now) {
        if (new NativeQuery().sql("update space_entry set space_id = ? where resource_link_id = ?", spaceId, resourceLinkId).execute(em) == 0) {
            new NativeQuery().sql("insert into space_entry (resource_link_id, space_id, created_at) values (?, ?, ?) on conflict do nothing",
                    resourceLinkId, spaceId, now).execute(em);
        }
    }

    @Override
    public Optional<SpaceMember> member(UUID spaceId, UUID personId) {
        return Optional.ofNullable(em.find(SpaceMember.class, new SpaceMemberKey(spaceId, personId)));
    }

    @Override
    public void add(SpaceMember member) {
        em.persist(member);
    }

    @Override
    public List<RoleSet> courseRoles(UUID spaceId, UUID personId) {
        return new NativeQuery().sql("select cm.roles from course_membership cm join space_course sc"
                        + " on sc.course_context_id = cm.course_context_id"
                        + " where sc.space_id = ? and cm.person_id = ? and cm.status = 'ACTIVE'", spaceId, personId)
                .rows(em).stream().map(r -> RoleSet.decode((String) r[0])).toList();
    }

    /** Course members and people with a given role, minus those who left, by name. */
    @Override
    public List<MemberSummary> members(UUID spaceId, String query, int limit) {
        String like = "%" + (query == null ? "" : query.toLowerCase(Locale.ROOT).strip()) + "%";
        NativeQuery sql = new NativeQuery().sql(
                "select p.id, coalesce(nullif(trim(coalesce(p.display_name, '')), ''),"
                        + " nullif(trim(coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')), ''), p.chosen_name) as name,"
                        + " p.picture_url, sm.role, case when exists (select 1 from course_membership cm join space_course sc"
                        + "   on sc.course_context_id = cm.course_context_id where sc.space_id = ? and cm.person_id = p.id"
                        + "   and cm.status = 'ACTIVE') then 1 else 0 end as through_course"
                        + " from person p left join space_member sm on sm.person_id = p.id and sm.space_id = ?"
                        + " where p.status = 'ACTIVE' and (sm.status is null or sm.status <> 'LEFT')"
                        + " and p.id in (select cm.person_id from course_membership cm join space_course sc"
                        + "   on sc.course_context_id = cm.course_context_id where sc.space_id = ? and cm.status = 'ACTIVE'"
                        + "   union select m.person_id from space_member m where m.space_id = ? and m.role is not null)"
                        + " and lower(coalesce(p.display_name, '') || ' ' || coalesce(p.given_name, '') || ' ' || coalesce(p.family_name, '')"
                        + " || ' ' || coalesce(p.chosen_name, '')) like ?"
                        + " order by 2, p.id limit ?", spaceId, spaceId, spaceId, spaceId, like, limit);
        // Who shares no name and chose none is shown by their pseudonym, as everywhere (Person.nameToShow).
        return sql.rows(em).stream().map(r -> new MemberSummary(NativeQuery.uuid(r[0]),
                r[1] == null ? Pseudonym.of(NativeQuery.uuid(r[0])) : DisplayText.withoutBidiControls((String) r[1]),
                (String) r[2], r[3] == null ? null : SpaceRole.valueOf((String) r[3]), NativeQuery.number(r[4]) == 1)).toList();
    }

    @Override
    public long memberCount(UUID spaceId) {
        return NativeQuery.number(new NativeQuery().sql("select count(*) from (select cm.person_id from course_membership cm"
                + " join space_course sc on sc.course_context_id = cm.course_context_id where sc.space_id = ? and cm.status = 'ACTIVE'"
                + " union select m.person_id from space_member m where m.space_id = ? and m.role is not null) members"
                + " where person_id not in (select l.person_id from space_member l where l.space_id = ? and l.status = 'LEFT')",
                spaceId, spaceId, spaceId).rows(em).get(0)[0]);
    }

    @Override
    public Map<UUID, org.thirdspace.community.space.SpaceActivity> activity(java.util.Collection<UUID> spaceIds, Instant now) {
        Map<UUID, org.thirdspace.community.space.SpaceActivity> activity = new LinkedHashMap<>();
        if (spaceIds.isEmpty()) {
            return activity;
        }
        for (Object[] row : new NativeQuery().sql("select space_id, count(*), max(last_activity_at) from thread"
                        + " where deleted_at is null and audience <> 'PEER_GROUP' and publish_at <= ? and space_id in ", now)
                .in(spaceIds).sql(" group by space_id").rows(em)) {
            activity.put(NativeQuery.uuid(row[0]), new org.thirdspace.community.space.SpaceActivity(NativeQuery.number(row[1]),
                    NativeQuery.instant(row[2])));
        }
        return activity;
    }

    @Override
    public List<Space> spacesOf(UUID organisationId, UUID personId) {
        List<UUID> ids = memberships(organisationId, personId).stream().filter(Membership::isMember).map(Membership::spaceId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NativeQuery().sql("select * from space where id in ").in(ids).sql(" order by title").entities(em, Space.class);
    }

    @Override
    public List<Space> ofOrganisation(UUID organisationId, int limit) {
        // ix_space_org (organisation_id, title) serves both the filter and the order.
        return em.createQuery("select s from Space s where s.organisationId = :organisation order by s.title, s.id", Space.class)
                .setParameter("organisation", organisationId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Membership> memberships(UUID organisationId, UUID personId) {
        Map<UUID, List<RoleSet>> courseRoles = new LinkedHashMap<>();
        Map<UUID, SpaceMember> own = new LinkedHashMap<>();
        for (Object[] row : new NativeQuery().sql("select sc.space_id, cm.roles from course_membership cm"
                + " join space_course sc on sc.course_context_id = cm.course_context_id join space s on s.id = sc.space_id"
                + " where cm.person_id = ? and cm.status = 'ACTIVE' and s.organisation_id = ?", personId, organisationId).rows(em)) {
            courseRoles.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new ArrayList<>()).add(RoleSet.decode((String) row[1]));
        }
        for (SpaceMember member : em.createQuery("select m from SpaceMember m where m.personId = :person", SpaceMember.class)
                .setParameter("person", personId).getResultList()) {
            own.put(member.spaceId(), member);
            courseRoles.computeIfAbsent(member.spaceId(), k -> new ArrayList<>());
        }
        List<Membership> memberships = new ArrayList<>();
        courseRoles.forEach((space, roles) -> Membership.resolve(space, personId, own.get(space), roles)
                .filter(m -> m.status() != SpaceMembershipStatus.LEFT).ifPresent(memberships::add));
        return memberships;
    }

    @Override
    public Map<UUID, List<Membership>> membershipsOf(UUID organisationId, Collection<UUID> personIds) {
        Map<UUID, List<Membership>> all = new LinkedHashMap<>();
        personIds.forEach(person -> all.put(person, new ArrayList<>()));
        for (List<UUID> chunk : JpaRosters.chunks(List.copyOf(all.keySet()))) {
            // Per person, per space: the course roles and the own row, resolved as for one person.
            Map<UUID, Map<UUID, List<RoleSet>>> courseRoles = new LinkedHashMap<>();
            Map<UUID, Map<UUID, SpaceMember>> own = new LinkedHashMap<>();
            for (Object[] row : new NativeQuery().sql("select cm.person_id, sc.space_id, cm.roles from course_membership cm"
                    + " join space_course sc on sc.course_context_id = cm.course_context_id join space s on s.id = sc.space_id"
                    + " where cm.status = 'ACTIVE' and s.organisation_id = ? and cm.person_id in ", organisationId).in(chunk).rows(em)) {
                courseRoles.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new LinkedHashMap<>())
                        .computeIfAbsent(NativeQuery.uuid(row[1]), k -> new ArrayList<>()).add(RoleSet.decode((String) row[2]));
            }
            for (SpaceMember member : new NativeQuery().sql("select * from space_member where person_id in ").in(chunk)
                    .entities(em, SpaceMember.class)) {
                own.computeIfAbsent(member.personId(), k -> new LinkedHashMap<>()).put(member.spaceId(), member);
                courseRoles.computeIfAbsent(member.personId(), k -> new LinkedHashMap<>()).computeIfAbsent(member.spaceId(), k -> new ArrayList<>());
            }
            courseRoles.forEach((person, bySpace) -> bySpace.forEach((space, roles) ->
                    Membership.resolve(space, person, own.getOrDefault(person, Map.of()).get(space), roles)
                            .filter(m -> m.status() != SpaceMembershipStatus.LEFT).ifPresent(all.get(person)::add)));
        }
        return all;
    }

    @Override
    public Map<UUID, Membership> memberships(UUID spaceId, Collection<UUID> personIds) {
        Map<UUID, Membership> memberships = new LinkedHashMap<>();
        for (List<UUID> chunk : JpaRosters.chunks(personIds)) {
            Map<UUID, List<RoleSet>> courseRoles = new LinkedHashMap<>();
            Map<UUID, SpaceMember> own = new LinkedHashMap<>();
            for (Object[] row : new NativeQuery().sql("select cm.person_id, cm.roles from course_membership cm join space_course sc"
                    + " on sc.course_context_id = cm.course_context_id where sc.space_id = ? and cm.status = 'ACTIVE'"
                    + " and cm.person_id in ", spaceId).in(chunk).rows(em)) {
                courseRoles.computeIfAbsent(NativeQuery.uuid(row[0]), k -> new ArrayList<>()).add(RoleSet.decode((String) row[1]));
            }
            for (SpaceMember member : new NativeQuery().sql("select * from space_member where space_id = ? and person_id in ", spaceId)
                    .in(chunk).entities(em, SpaceMember.class)) {
                own.put(member.personId(), member);
            }
            for (UUID person : chunk) {
                Membership.resolve(spaceId, person, own.get(person), courseRoles.getOrDefault(person, List.of()))
                        .filter(Membership::isMember).ifPresent(m -> memberships.put(person, m));
            }
        }
        return memberships;
    }

    @Override
    public List<UUID> moderators(UUID spaceId, int limit) {
        // Course roles are stored as sorted, comma-separated names (RoleSet.encode): a teaching role is one of them.
        NativeQuery sql = new NativeQuery().sql("select person_id from (select cm.person_id from course_membership cm join space_course sc"
                + " on sc.course_context_id = cm.course_context_id where sc.space_id = ? and cm.status = 'ACTIVE' and (1 = 0", spaceId);
        for (CourseRole role : CourseRole.values()) {
            if (role.teaches()) {
                sql.sql(" or ',' || cm.roles || ',' like ?", "%," + role.name() + ",%");
            }
        }
        sql.sql(") union select m.person_id from space_member m where m.space_id = ? and m.role in ('MODERATOR', 'FACILITATOR'))"
                + " moderators where person_id not in (select l.person_id from space_member l where l.space_id = ? and l.status = 'LEFT')"
                + " and person_id in (select p.id from person p where p.status = 'ACTIVE') order by person_id limit ?",
                spaceId, spaceId, limit);
        return sql.rows(em).stream().map(r -> NativeQuery.uuid(r[0])).toList();
    }

    @Override
    public Map<UUID, String> titles(UUID organisationId, Collection<UUID> spaceIds) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        if (spaceIds.isEmpty()) {
            return titles;
        }
        for (Object[] row : new NativeQuery().sql("select id, title from space where organisation_id = ? and id in ", organisationId)
                .in(spaceIds).rows(em)) {
            titles.put(NativeQuery.uuid(row[0]), DisplayText.withoutBidiControls((String) row[1]));
        }
        return titles;
    }

    @Override
    public List<Space> search(UUID organisationId, String query, String tagName, Collection<UUID> within, int limit) {
        if (within != null && within.isEmpty()) {
            return List.of();
        }
        String like = "%" + (query == null ? "" : query.toLowerCase(Locale.ROOT).strip()) + "%";
        NativeQuery sql = new NativeQuery().sql("select * from space s where s.organisation_id = ? and s.archived = false"
                + " and (lower(s.title) like ? or lower(coalesce(s.purpose, '')) like ?", organisationId, like, like);
        if (tagName != null) {
            sql.sql(" or exists (select 1 from thread th join thread_tag tt on tt.thread_id = th.id join tag t on t.id = tt.tag_id"
                    + " where th.space_id = s.id and t.organisation_id = ? and t.name = ?)", organisationId, tagName);
        }
        sql.sql(")");
        if (within != null) {
            sql.sql(" and s.id in ").in(within);
        }
        return sql.sql(" order by s.title limit " + Math.max(1, limit)).entities(em, Space.class);
    }

    @Override
    public Optional<Space> runFor(UUID spaceId, UUID courseId) {
        return em.createQuery("select s from Space s where s.runOf = :space and s.runForCourse = :course", Space.class)
                .setParameter("space", spaceId).setParameter("course", courseId).getResultList().stream().findFirst();
    }
}
