package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.NotFound;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.lti.platform.PlatformKeySets;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;
import org.thirdspace.lti.registration.AttachRegistration;
import org.thirdspace.lti.registration.ChangePlatformStatus;
import org.thirdspace.lti.registration.DecideDeployment;
import org.thirdspace.lti.registration.RegisterPlatform;
import org.thirdspace.lti.registration.UpdatePlatform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Platform registrations and deployments (admin REST API). */
@ApplicationScoped
@Path("api/admin/registrations")
@Tag(name = "Admin: platforms")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

    @Inject
    AdminAccess access;

    @Inject
    Registrations registrations;

    @Inject
    RegisterPlatform registerPlatform;

    @Inject
    UpdatePlatform updatePlatform;

    @Inject
    ChangePlatformStatus changeStatus;

    @Inject
    DecideDeployment decideDeployment;

    @Inject
    AttachRegistration attachRegistration;

    @Inject
    People people;

    @Inject
    PlatformKeySets keySets;

    /** {@code known} is false while no launch on this node has needed the key set. */
    public record KeySetView(String jwksUri, boolean known, Instant fetchedAt, Instant expiresAt, List<String> kids,
                             String lastError, Instant lastErrorAt) {
    }

    public record StatusChange(String status) {
    }

    public record Attachment(UUID organisationId) {
    }

    public record DeploymentDecision(String deploymentId, String status, String label) {
    }

    public record PersonView(UUID id, String subject, String name, String status, Instant lastLaunchAt) {
    }

    public record PeoplePage(long total, List<PersonView> people) {
    }

    @GET
    @Transactional
    @Operation(summary = "List registrations (an organisation admin sees their own)")
    public List<RegistrationView> list() {
        Administrator admin = access.require();
        return registrations.all().stream()
                .filter(r -> admin.isOperator() || r.organisationId().equals(admin.organisationId()))
                .map(r -> RegistrationView.of(r, registrations.deployments(r.id())))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a platform (operator only)")
    public Response create(RegistrationRequest request) {
        Administrator admin = access.require();
        if (request == null) {
            throw new InvalidRequest("body", "a registration document is required");
        }
        PlatformRegistration created = registerPlatform.register(admin, request.command());
        return Response.status(201).entity(view(created.id())).build();
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One registration with its deployments")
    public RegistrationView get(@PathParam("id") UUID id) {
        Administrator admin = access.require();
        requireRegistrationOf(admin, id);
        return view(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a registration's endpoints and hosts")
    public RegistrationView update(@PathParam("id") UUID id, RegistrationRequest request) {
        Administrator admin = access.require();
        if (request == null) {
            throw new InvalidRequest("body", "a registration document is required");
        }
        updatePlatform.update(admin, id, request.endpoints());
        return view(id);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve, disable or re-enable a registration (operator only)")
    public RegistrationView status(@PathParam("id") UUID id, StatusChange change) {
        Administrator admin = access.require();
        changeStatus.change(admin, id, change == null ? null : change.status());
        return view(id);
    }

    @POST
    @Path("{id}/organisation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a registration to an existing organisation, e.g. after the platform re-created the tool (operator only)")
    public RegistrationView attach(@PathParam("id") UUID id, Attachment attachment) {
        Administrator admin = access.require();
        attachRegistration.attach(admin, id, attachment == null ? null : attachment.organisationId());
        return view(id);
    }

    @POST
    @Path("{id}/deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve, disable or add a deployment")
    public RegistrationView deployment(@PathParam("id") UUID id, DeploymentDecision decision) {
        Administrator admin = access.require();
        if (decision == null) {
            throw new InvalidRequest("body", "deploymentId and status are required");
        }
        decideDeployment.decide(admin, id, decision.deploymentId(), decision.status(), decision.label());
        return view(id);
    }

    @GET
    @Path("{id}/key-set")
    @Transactional
    @Operation(summary = "The platform's key set as this server last fetched it: when, its key ids, the last failure")
    public KeySetView keySet(@PathParam("id") UUID id) {
        Administrator admin = access.require();
        requireRegistrationOf(admin, id);
        PlatformRegistration registration = registrations.find(id).orElseThrow(() -> new NotFound("no such registration"));
        return keySets.status(registration.jwksUri())
                .map(s -> new KeySetView(registration.jwksUri(), true, s.fetchedAt(), s.expiresAt(), s.kids(), s.lastError(), s.lastErrorAt()))
                .orElseGet(() -> new KeySetView(registration.jwksUri(), false, null, null, List.of(), null, null));
    }

    @GET
    @Path("{id}/people")
    @Transactional
    @Operation(summary = "People known in this organisation")
    public PeoplePage people(@PathParam("id") UUID id, @QueryParam("limit") @DefaultValue("100") int limit) {
        Administrator admin = access.require();
        admin.requireOrganisation(id);
        List<PersonView> page = people.list(id, Math.max(1, Math.min(limit, 1000))).stream()
                .map(RegistrationsResource::personView).toList();
        return new PeoplePage(people.count(id), page);
    }

    private static PersonView personView(Person p) {
        return new PersonView(p.id(), p.subject(), p.nameToShow(), p.status().name().toLowerCase(), p.lastLaunchAt());
    }

    /** The registration belongs to the admin's organisation: started it, or attached to it (V18). */
    private void requireRegistrationOf(Administrator admin, UUID id) {
        admin.requireOrganisation(registrations.find(id).map(PlatformRegistration::organisationId).orElse(id));
    }

    @Transactional
    RegistrationView view(UUID id) {
        PlatformRegistration registration = registrations.find(id).orElseThrow(() -> new NotFound("no such registration"));
        return RegistrationView.of(registration, registrations.deployments(id));
    }
}
