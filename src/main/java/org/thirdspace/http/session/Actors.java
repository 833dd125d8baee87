package org.thirdspace.http.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.Actor;

/** The signed-in caller as the use cases know them. */
@RequestScoped
public class Actors {

    @Inject
    CurrentSession current;

    public Actor require() {
        ToolSession session = current.require();
        return new Actor(session.organisationId(), session.personId(), session.courseId(), session.linkId(), session.roles());
    }
}
