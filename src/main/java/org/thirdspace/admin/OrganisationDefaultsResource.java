package org.thirdspace.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.Administrator;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.organisation.ChangeOrganisationDefaults;
import org.thirdspace.application.organisation.DefaultsView;
import org.thirdspace.application.organisation.ShowOrganisationDefaults;
import org.thirdspace.community.organisation.DefaultsForm;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * An organisation's defaults (admin REST API): its code of conduct, report threshold, digest
 * default and who may start spaces. The body is read with JSON-P, each value as the text it was
 * given, so that a wrong type is refused field by field like a wrong value (JSON-B would refuse the
 * whole body, or read "5" and 5.7 as it sees fit).
 */
@ApplicationScoped
@Path("api/admin/organisations/{organisation}/defaults")
@Tag(name = "Admin: organisation defaults")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationDefaultsResource {

    private AdminAccess access;
    private ShowOrganisationDefaults show;
    private ChangeOrganisationDefaults change;

    protected OrganisationDefaultsResource() {
    }

    @Inject
    public OrganisationDefaultsResource(AdminAccess access, ShowOrganisationDefaults show, ChangeOrganisationDefaults change) {
        this.access = access;
        this.show = show;
        this.change = change;
    }

    @GET
    @Operation(summary = "The organisation's defaults in force: code of conduct, report threshold, digest default, who may start spaces")
    public DefaultsView get(@PathParam("organisation") UUID organisation) {
        return show.show(access.require(), organisation);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the organisation's defaults: reportThreshold 1..50, digestDefault weekly|daily|off, "
            + "spaceCreation INSTRUCTORS_AND_ADMINS|ADMINS_ONLY, conduct (optional: absent leaves the code as it is)")
    public DefaultsView put(@PathParam("organisation") UUID organisation, String body) {
        Administrator admin = access.require();
        JsonObject json = object(body);
        return change.change(admin, organisation, new DefaultsForm(text(json, "conduct"), text(json, "reportThreshold"),
                text(json, "digestDefault"), text(json, "spaceCreation")), Instant.now());
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("body", "the body must be a JSON object with reportThreshold, digestDefault and spaceCreation");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            if (reader.readValue() instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // told below, in the same words
        }
        throw new InvalidRequest("body", "the body must be a JSON object with reportThreshold, digestDefault and spaceCreation");
    }

    /** A string or a number as its text; null when absent or null; anything else as text the form refuses. */
    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : number.toString();
        }
        return value.toString();
    }
}
