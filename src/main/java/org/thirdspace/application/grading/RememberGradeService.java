package org.thirdspace.application.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.community.grading.GradeService;
import org.thirdspace.community.grading.Gradings;
import org.thirdspace.community.grading.LinkGrading;

import java.time.Instant;
import java.util.UUID;

/**
 * After a launch: keeps the grade service it offered for its link, writing only when it changed,
 * so repeated launches cost one read. Grading itself stays off until an instructor turns it on.
 */
@ApplicationScoped
public class RememberGradeService {

    private Gradings gradings;

    protected RememberGradeService() {
    }

    @Inject
    public RememberGradeService(Gradings gradings) {
        this.gradings = gradings;
    }

    @Transactional
    public void remember(UUID organisationId, UUID courseId, UUID linkId, String linkKey, String linkTitle, GradeService service) {
        Instant now = Instant.now();
        LinkGrading grading = gradings.link(linkId).orElse(null);
        if (grading == null) {
            grading = new LinkGrading(linkId, organisationId, courseId, linkKey, linkTitle, now);
            grading.offer(service, linkTitle, now);
            gradings.add(grading);
        } else {
            grading.offer(service, linkTitle, now);
        }
    }
}
