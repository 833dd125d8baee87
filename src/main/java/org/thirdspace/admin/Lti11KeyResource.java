package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.NotFound;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.lti11.Lti11LaunchResource;
import org.thirdspace.lti.platform.Lti11Consumer;
import org.thirdspace.lti.platform.Lti11Consumers;
import org.thirdspace.lti.registration.ChangeLti11KeyStatus;
import org.thirdspace.lti.registration.IssueLti11Key;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation's LTI 1.1 consumer key (admin REST API): what it is and where LTI 1.1 links
 * point, never the secret; the secret only in the answer that issues or rotates it.
 */
@ApplicationScoped
@Path("api/admin/registrations/{id}/lti11-key")
@Tag(name = "Admin: platforms")
@Produces(MediaType.APPLICATION_JSON)
public class Lti11KeyResource {

    @Inject
    AdminAccess access;

    @Inject
    Lti11Consumers consumers;

    @Inject
    IssueLti11Key issue;

    @Inject
    ChangeLti11KeyStatus changeStatus;

    @Inject
    ToolSettings settings;

    public record KeyView(String consumerKey, String status, String launchUrl, Instant createdAt, Instant updatedAt,
                          Instant lastLaunchAt) {
    }

    /** The one answer that holds the secret. */
    public record IssuedView(String consumerKey, String secret, String status, String launchUrl) {
    }

    public record StatusChange(String status) {
    }

    @GET
    @Transactional
    @Operation(summary = "The organisation's LTI 1.1 consumer key (never its secret)")
    public KeyView get(@PathParam("id") UUID id) {
        Administrator admin = access.require();
        admin.requireOrganisation(id);
        return consumers.findByOrganisation(id).map(this::view)
                .orElseThrow(() -> new NotFound("this organisation has no LTI 1.1 key"));
    }

    @POST
    @Operation(summary = "Issue the organisation's LTI 1.1 consumer key and secret (the secret is shown once)")
    public Response create(@PathParam("id") UUID id) {
        Administrator admin = access.require();
        return Response.status(201).entity(issued(issue.create(admin, id))).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("rotate")
    @Operation(summary = "Replace the LTI 1.1 key and secret (the old key stops working; the secret is shown once)")
    public Response rotate(@PathParam("id") UUID id) {
        Administrator admin = access.require();
        return Response.ok(issued(issue.rotate(admin, id))).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or enable the LTI 1.1 key")
    public KeyView status(@PathParam("id") UUID id, StatusChange change) {
        Administrator admin = access.require();
        return view(changeStatus.change(admin, id, change == null ? null : change.status()));
    }

    private IssuedView issued(IssueLti11Key.IssuedKey issued) {
        return new IssuedView(issued.consumer().consumerKey(), issued.secret(), status(issued.consumer()), launchUrl());
    }

    private KeyView view(Lti11Consumer consumer) {
        return new KeyView(consumer.consumerKey(), status(consumer), launchUrl(), consumer.createdAt(), consumer.updatedAt(),
                consumer.lastLaunchAt());
    }

    private static String status(Lti11Consumer consumer) {
        return consumer.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    private String launchUrl() {
        return settings.url("/" + Lti11LaunchResource.PATH);
    }
}
