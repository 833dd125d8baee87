package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.discussion.ThreadSummaries;
import org.thirdspace.application.discussion.ThreadSummary;
import org.thirdspace.community.discussion.Feeds;
import org.thirdspace.community.peergroup.MeetingRecord;
import org.thirdspace.community.peergroup.MeetingSeries;
import org.thirdspace.community.peergroup.Meetings;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;
import org.thirdspace.community.space.SpacePolicy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My peer group": the group's members, its schedule with the next meeting and the past ones
 * (with their recordings and notes), the agenda, and the group's threads. For its members and the
 * programme's facilitators.
 */
@ApplicationScoped
public class ShowPeerGroup {

    static final int PAST_MEETINGS = 6;
    static final int THREADS = 20;

    private PeerGroupAccess access;
    private Meetings meetings;
    private People people;
    private Feeds feeds;
    private ThreadSummaries summaries;

    protected ShowPeerGroup() {
    }

    @Inject
    public ShowPeerGroup(PeerGroupAccess access, Meetings meetings, People people, Feeds feeds, ThreadSummaries summaries) {
        this.access = access;
        this.meetings = meetings;
        this.people = people;
        this.feeds = feeds;
        this.summaries = summaries;
    }

    public record MemberCard(UUID id, String name, String picture) {
    }

    /**
     * @param utcTime  the time of the UTC day meetings start (HH:mm)
     * @param agenda   the facilitator's prompts; empty: the starter prompts (the page shows them in the reader's language)
     * @param withinHours how many members have the meetings within their working hours, of {@code knownHours}
     */
    public record ScheduleView(String weekday, int weekOfMonth, int intervalMonths, int durationMinutes, String utcTime,
                               List<String> agenda, int withinHours, int knownHours) {
    }

    /**
     * @param mayRecord whether the caller keeps the recording link and notes (the group's members)
     * @param mayPost   whether the caller may start a thread for the group
     */
    public record PeerGroupView(UUID id, String name, UUID spaceId, String spaceTitle, List<MemberCard> members,
                                ScheduleView schedule, MeetingView next, List<MeetingView> past, List<ThreadSummary> threads,
                                boolean inGroup, boolean mayRecord, boolean mayPost, boolean mayFacilitate) {
    }

    @Transactional
    public PeerGroupView show(Actor actor, UUID groupId, Instant now) {
        PeerGroupAccess.InGroup in = access.reader(actor, groupId);
        MeetingSeries series = meetings.series(groupId).orElse(null);
        ScheduleView schedule = null;
        MeetingView next = null;
        List<MeetingView> past = new ArrayList<>();
        if (series != null) {
            schedule = new ScheduleView(series.weekday().name(), series.weekOfMonth(), series.intervalMonths(),
                    (int) series.duration().toMinutes(), series.firstStartAt().atZone(ZoneOffset.UTC).toLocalTime().toString(),
                    series.agenda(), series.withinHours(), series.knownHours());
            int n = series.next(now);
            Map<Integer, MeetingRecord> records = meetings.records(groupId, PAST_MEETINGS + 1).stream()
                    .collect(Collectors.toMap(MeetingRecord::occurrence, Function.identity()));
            Set<UUID> editors = new HashSet<>();
            records.values().forEach(r -> editors.add(r.updatedBy()));
            Map<UUID, Person> names = people.byIds(actor.organisationId(), editors);
            next = view(series, n, records.get(n), names);
            for (int k = n - 1; k >= Math.max(0, n - PAST_MEETINGS); k--) {
                past.add(view(series, k, records.get(k), names));
            }
        }
        Map<UUID, Person> members = people.byIds(actor.organisationId(), in.members());
        List<MemberCard> cards = in.members().stream().filter(members::containsKey).map(members::get)
                .map(p -> new MemberCard(p.id(), p.nameToShow(), p.profile().pictureUrl())).toList();
        List<ThreadSummary> threads = summaries.of(actor.organisationId(), actor.personId(), feeds.ofPeerGroup(groupId, now, THREADS));
        boolean mayPost = in.inGroup() && SpacePolicy.mayStartThread(in.membership(), in.space());
        return new PeerGroupView(groupId, in.group().name(), in.space().id(), in.space().title(), cards, schedule, next, past,
                threads, in.inGroup(), in.inGroup(), mayPost, in.facilitates());
    }

    private static MeetingView view(MeetingSeries series, int n, MeetingRecord record, Map<UUID, Person> names) {
        Person editor = record == null ? null : names.get(record.updatedBy());
        return MeetingView.of(series, n, record, editor == null ? null : editor.nameToShow());
    }
}
