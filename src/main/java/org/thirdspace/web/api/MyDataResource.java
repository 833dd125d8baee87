package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thirdspace.application.person.ExportPersonalData;
import org.thirdspace.application.person.PersonalDataArchive;
import org.thirdspace.http.PersonalDataDownload;
import org.thirdspace.http.session.Actors;

import java.time.Instant;

/** A person's own data export, from their card (the right of access and to data portability). */
@ApplicationScoped
@Path("api/me/data")
public class MyDataResource {

    private Actors actors;
    private ExportPersonalData export;

    protected MyDataResource() {
    }

    @Inject
    public MyDataResource(Actors actors, ExportPersonalData export) {
        this.actors = actors;
        this.export = export;
    }

    @GET
    @Produces(PersonalDataArchive.MEDIA_TYPE)
    @Operation(summary = "My data as a ZIP archive: person.json and each of my posts as Markdown")
    public Response myData() {
        return PersonalDataDownload.of(export.mine(actors.require(), Instant.now()));
    }
}
