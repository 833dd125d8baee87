package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.person.ErasePerson;
import org.thirdspace.application.person.ExportPersonalData;
import org.thirdspace.application.person.FindPeople;
import org.thirdspace.application.person.PersonalDataArchive;
import org.thirdspace.application.session.EndSessions;
import org.thirdspace.community.person.Person;
import org.thirdspace.http.PersonalDataDownload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * People of an organisation (admin REST API): look a person up, export their data, erase them, end
 * their sessions. All but the look-up are in the audit log. Every address below {@code people} is
 * here: JAX-RS matches the root resource with the longest path first, so another class could not
 * serve one of them.
 */
@ApplicationScoped
@Path("api/admin/organisations/{organisation}/people")
@Tag(name = "Admin: people's data")
public class PeopleResource {

    private AdminAccess access;
    private FindPeople findPeople;
    private ExportPersonalData export;
    private ErasePerson erasePerson;
    private EndSessions endSessions;

    protected PeopleResource() {
    }

    @Inject
    public PeopleResource(AdminAccess access, FindPeople findPeople, ExportPersonalData export, ErasePerson erasePerson,
                          EndSessions endSessions) {
        this.access = access;
        this.findPeople = findPeople;
        this.export = export;
        this.erasePerson = erasePerson;
        this.endSessions = endSessions;
    }

    public record ErasureView(UUID id, boolean erasedNow, String name) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "People of the organisation whose name or e-mail contains q, or whose id is q (at most 50)")
    public List<FindPeople.Found> find(@PathParam("organisation") UUID organisation, @QueryParam("q") String q) {
        return findPeople.find(access.require(), organisation, q);
    }

    @GET
    @Path("{person}/data")
    @Produces(PersonalDataArchive.MEDIA_TYPE)
    @Operation(summary = "The person's data as a ZIP archive: person.json and their posts as Markdown")
    public Response data(@PathParam("organisation") UUID organisation, @PathParam("person") UUID person) {
        PersonalDataArchive archive = export.ofPerson(access.require(), organisation, person, Instant.now());
        return PersonalDataDownload.of(archive);
    }

    @DELETE
    @Path("{person}/sessions")
    @Operation(summary = "End every session of one person at once")
    public Response endSessions(@PathParam("organisation") UUID organisation, @PathParam("person") UUID person) {
        endSessions.ofPerson(access.require(), organisation, person, Instant.now());
        return Response.noContent().build();
    }

    @POST
    @Path("{person}/erasure")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the person: identifiers, profile and private data go; their posts stay under \"A former member\". "
            + "Erasing again changes nothing.")
    public ErasureView erase(@PathParam("organisation") UUID organisation, @PathParam("person") UUID person) {
        boolean now = erasePerson.erase(access.require(), organisation, person, null, Instant.now());
        return new ErasureView(person, now, Person.FORMER_MEMBER);
    }
}
