package org.thirdspace.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thirdspace.application.peergroup.MeetingView;
import org.thirdspace.application.peergroup.ReadMeetingCalendar;
import org.thirdspace.application.peergroup.RecordMeeting;
import org.thirdspace.application.peergroup.ScheduleMeetings;
import org.thirdspace.application.peergroup.ShowPeerGroup;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.http.page.Messages;
import org.thirdspace.http.session.Actors;
import org.thirdspace.http.session.CurrentSession;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A peer group: "My peer group" for its members, its meetings, their records and calendar files. */
@ApplicationScoped
@Path("api/peer-groups")
@Tag(name = "Peer groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeerGroupsResource {

    /** How many starter prompts the message bundles hold ({@code ui.peer-group.prompt.1} …). */
    static final int STARTER_PROMPTS = 3;

    @Inject
    Actors actors;

    @Inject
    CurrentSession current;

    @Inject
    ToolSettings settings;

    @Inject
    ShowPeerGroup showPeerGroup;

    @Inject
    ScheduleMeetings scheduleMeetings;

    @Inject
    RecordMeeting recordMeeting;

    @Inject
    ReadMeetingCalendar calendars;

    @GET
    @Path("{id}")
    @Operation(summary = "My peer group: members, the next meeting and the past ones, the agenda and the group's threads "
            + "(members and the programme's facilitators)")
    public ShowPeerGroup.PeerGroupView show(@PathParam("id") UUID id) {
        return showPeerGroup.show(actors.require(), id, Instant.now());
    }

    @PUT
    @Path("{id}/meetings")
    @Operation(summary = "Schedule (or reschedule) the group's meetings at a time that suits its members' working hours (facilitators)")
    public ShowPeerGroup.PeerGroupView schedule(@PathParam("id") UUID id, ScheduleMeetings.Request request) {
        scheduleMeetings.schedule(actors.require(), id, request, Instant.now());
        return showPeerGroup.show(actors.require(), id, Instant.now());
    }

    @PUT
    @Path("{id}/meetings/{n}/record")
    @Operation(summary = "Keep a meeting's recording link and notes (the group's members)")
    public MeetingView record(@PathParam("id") UUID id, @PathParam("n") int n, RecordMeeting.Request request) {
        return recordMeeting.write(actors.require(), id, n, request, Instant.now());
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces({MeetingCalendarFile.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The group's meeting series as an iCalendar file with its RRULE (members and facilitators)")
    public Response seriesCalendar(@PathParam("id") UUID id) {
        return calendar(calendars.read(actors.require(), id, null, Instant.now()), "peer-group-meetings.ics");
    }

    @GET
    @Path("{id}/meetings/{n}/calendar.ics")
    @Produces({MeetingCalendarFile.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "One meeting of the group as an iCalendar file (members and facilitators)")
    public Response meetingCalendar(@PathParam("id") UUID id, @PathParam("n") int n) {
        return calendar(calendars.read(actors.require(), id, n, Instant.now()), "peer-group-meeting-" + (n + 1) + ".ics");
    }

    private Response calendar(ReadMeetingCalendar.CalendarEntry entry, String fileName) {
        Messages messages = Messages.forTag(current.require().locale());
        List<String> agenda = entry.agenda().isEmpty()
                ? IntStream.rangeClosed(1, STARTER_PROMPTS).mapToObj(i -> messages.get("ui.peer-group.prompt." + i)).toList()
                : entry.agenda();
        URI link = URI.create(settings.url("/#/peer-groups/" + entry.groupId()));
        String body = MeetingCalendarFile.write(entry, messages.get("ui.peer-group.calendar.summary", entry.groupName(), entry.spaceTitle()),
                agenda, messages.get("ui.peer-group.agenda"), link, messages.get("ui.peer-group.calendar.link"),
                settings.baseUrl().getHost());
        return Response.ok(body, MeetingCalendarFile.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
