package org.thirdspace.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.foundation.AbstractDirectMapping;
import org.eclipse.persistence.sessions.Session;
import org.thirdspace.application.Newcomers;
import org.thirdspace.community.course.CourseMembership;
import org.thirdspace.community.course.Courses;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseAddress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * On PostgreSQL, the person and the membership in one statement: the membership's insert with the
 * person's as a data-modifying {@code WITH} (the foreign key is checked at the statement's end,
 * when the person is there). Their columns and values come from EclipseLink's own mappings, with
 * the same converters it writes them with. H2 has no data-modifying {@code WITH}: there each is
 * added as anywhere else, the person first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaNewcomers implements Newcomers {

    private EntityManager em;
    private People people;
    private Courses courses;
    private boolean postgres;

    protected JpaNewcomers() {
    }

    @Inject
    public JpaNewcomers(EntityManager em, People people, Courses courses, ToolSettings settings) {
        this.em = em;
        this.people = people;
        this.courses = courses;
        this.postgres = DatabaseAddress.from(settings).isPostgres();
    }

    @Override
    public void add(Person person, CourseMembership membership) {
        if (!postgres) {
            people.add(person);
            courses.add(membership);
            return;
        }
        em.flush(); // a course or link this launch created goes first: the membership refers to it
        Session session = em.unwrap(Session.class);
        Row personRow = Row.of(session, person);
        Row membershipRow = Row.of(session, membership);
        NativeQuery insert = new NativeQuery()
                .sql("with newcomer as (insert into person " + personRow.columns() + " values ").in(personRow.values())
                .sql(") insert into course_membership " + membershipRow.columns() + " values ").in(membershipRow.values());
        insert.execute(em);
    }

    /** An entity's columns and the values EclipseLink would insert for it. */
    private record Row(String columns, List<Object> values) {

        static Row of(Session session, Object entity) {
            ClassDescriptor descriptor = session.getClassDescriptor(entity.getClass());
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (!(mapping instanceof AbstractDirectMapping direct)) {
                    throw new IllegalStateException(entity.getClass().getSimpleName() + "." + mapping.getAttributeName()
                            + " is not a column of its own");
                }
                Object value = direct.getAttributeValueFromObject(entity);
                if (direct.getConverter() != null) {
                    value = direct.getConverter().convertObjectValueToDataValue(value, session);
                }
                columns.add(direct.getField().getName());
                values.add(value);
            }
            return new Row("(" + String.join(", ", columns) + ")", Collections.unmodifiableList(values));
        }
    }
}
