package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.LaunchArrival;
import org.thirdspace.application.LaunchRecord;
import org.thirdspace.application.RecordLaunch;
import org.thirdspace.application.courselink.FindLaunchDestination;
import org.thirdspace.application.courselink.LaunchDestination;
import org.thirdspace.application.discussion.ReplyToThread;
import org.thirdspace.application.discussion.ShowThread;
import org.thirdspace.application.discussion.StartThread;
import org.thirdspace.application.moderation.AcceptConduct;
import org.thirdspace.application.moderation.ShowConduct;
import org.thirdspace.community.course.CourseRole;
import org.thirdspace.community.course.RoleSet;
import org.thirdspace.community.person.PersonProfile;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.Registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * "Seed a month of activity" on the emulator's page: forty of a course's generated learners, from
 * every department and region the LMS sends, come in over the past thirty days and use the course's
 * community as people do — a few start conversations, more answer them, some only read, some never
 * come back — so that the console's community health has a month to show (and every group it shows
 * has at least five people). Everything goes through the product's own use cases (the launch record,
 * the code of conduct, threads, replies, reading), each told the moment it happened; nothing is
 * written around them. The learners are the ones the emulator's roster lists (it grows to forty if
 * smaller), so a roster sync afterwards keeps them. Development only, as the whole emulator.
 */
@ApplicationScoped
public class EmulatorActivitySeed {

    static final int PEOPLE = 40;
    static final Duration MONTH = Duration.ofDays(30);

    private static final String[][] CONVERSATIONS = {
            {"How do you run a stand-up across five time zones?", "Our team spans London to Singapore. Who has a stand-up format that works?"},
            {"Async decisions: what template do you use?", "We lose days waiting for meetings. How do you decide things in writing?"},
            {"Onboarding a new hire you never meet in person", "What worked for your last remote onboarding?"},
            {"Keeping meetings fair for people on the call", "Half the room is together, half is remote. How do you keep it balanced?"},
            {"Which tool for a team board?", "We are choosing between a shared board and plain lists. Experiences?"},
            {"Handing over work at the end of the day", "Follow-the-sun handovers: what goes into yours?"},
            {"Quiet team members in workshops", "How do you hear from people who do not speak up on calls?"},
            {"Recognising work nobody sees", "Remote work hides effort. How do you make it visible without a leaderboard?"},
            {"Setting core hours", "Did core hours help your team, or did they just move the problem?"},
            {"One-to-ones over video", "What do you do differently in a one-to-one when you never share an office?"},
            {"Writing a team charter", "Has anyone written a working agreement with their team? What did it cover?"},
            {"Travel budget for meeting in person", "Once a year, once a quarter? How do you decide when to meet?"},
            {"Feedback across cultures", "Direct feedback lands differently in each region. How do you adapt?"},
            {"Too many channels", "How did you cut down the number of chat channels people must follow?"},
            {"Measuring a hybrid team's health", "Which signals tell you a distributed team is struggling?"},
            {"First week of a new manager", "Advice for a manager taking over a team spread over three regions?"}};

    private static final String[] ANSWERS = {
            "We tried a written stand-up in a thread each morning; people answer in their own morning. It stuck.",
            "A short decision record: context, options, the decision, who was asked. Linked from the team page.",
            "Pair them with a buddy in the same time zone for the first month; it made the biggest difference.",
            "Everyone joins from their own laptop, even in the room. It levels the field.",
            "Plain lists until it hurts; the board came later and was easier to adopt then.",
            "Three lines: done, blocked, next. Anything longer nobody reads.",
            "Ask for written input before the workshop and read it out; the quiet voices are often the best ideas.",
            "A weekly thanks thread. No scores, just what people noticed.",
            "Two overlapping hours were enough for us; the rest is asynchronous.",
            "I start with how they are, not with the task list. Video on, notes shared afterwards."};

    private EmulatorDirectory directory;
    private EmulatorRosters rosters;
    private EmulatorPlatform platform;
    private EmulatorSecondSite secondSite;
    private Registrations registrations;
    private RecordLaunch recordLaunch;
    private FindLaunchDestination destinations;
    private ShowConduct showConduct;
    private AcceptConduct acceptConduct;
    private StartThread startThread;
    private ReplyToThread replyToThread;
    private ShowThread showThread;

    protected EmulatorActivitySeed() {
    }

    @Inject
    public EmulatorActivitySeed(EmulatorDirectory directory, EmulatorRosters rosters, EmulatorPlatform platform,
                                EmulatorSecondSite secondSite, Registrations registrations, RecordLaunch recordLaunch,
                                FindLaunchDestination destinations, ShowConduct showConduct, AcceptConduct acceptConduct,
                                StartThread startThread, ReplyToThread replyToThread, ShowThread showThread) {
        this.directory = directory;
        this.rosters = rosters;
        this.platform = platform;
        this.secondSite = secondSite;
        this.registrations = registrations;
        this.recordLaunch = recordLaunch;
        this.destinations = destinations;
        this.showConduct = showConduct;
        this.acceptConduct = acceptConduct;
        this.startThread = startThread;
        this.replyToThread = replyToThread;
        this.showThread = showThread;
    }

    /** Why nothing was seeded, in words for the emulator's page. */
    static final class SeedRefused extends RuntimeException {
        SeedRefused(String message) {
            super(message);
        }
    }

    /** What the month holds. */
    record Seeded(UUID spaceId, int people, int conversations, int replies, int reads) {
    }

    private record Person(Actor actor, String key) {
    }

    /**
     * One transaction: a refusal part-way (the community does not exist, a write is refused) leaves
     * nothing of the month behind.
     */
    @Transactional
    public Seeded seed(String courseId, boolean secondSiteChosen, Instant now) {
        EmulatedCourse course = directory.course(courseId).orElseThrow(() -> new SeedRefused("there is no course " + courseId));
        String siteName = secondSiteChosen ? EmulatorSecondSite.NAME : EmulatorDirectory.ORGANISATION + " LMS";
        Optional<PlatformRegistration> registration = secondSiteChosen
                ? secondSite.tool().flatMap(tool -> registrations.find(secondSite.issuer(), tool.clientId()))
                : registrations.find(platform.issuer(), EmulatorPlatform.CLIENT_ID);
        if (registration.isEmpty() || !registration.get().isActive()) {
            throw new SeedRefused(siteName + " is not a registered, approved platform of Thirdspace yet: register it and approve it"
                    + " in the console first.");
        }
        UUID organisation = registration.get().organisationId();
        String deployment = secondSiteChosen ? EmulatorSecondSite.DEPLOYMENT_ID : EmulatorPlatform.DEPLOYMENT_ID;
        EmulatedRoster roster = rosters.roster(courseId).orElseThrow();
        EmulatedLink link = course.links().get(0);
        List<String> keys = learnerKeys();

        SplittableRandom random = new SplittableRandom(courseId.hashCode());
        Instant start = now.minus(MONTH);
        List<Person> people = new ArrayList<>();
        UUID spaceId = null;
        for (String key : keys) {
            Map<String, Object> member = rosters.member(course, roster, key, null);
            Instant arrived = start.plus(Duration.ofHours(random.nextInt(48)));
            LaunchRecord launched = recordLaunch.record(new LaunchArrival(organisation, deployment, EmulatorRosters.subject(courseId, key),
                    new PersonProfile((String) member.get("name"), (String) member.get("given_name"), (String) member.get("family_name"),
                            (String) member.get("email"), null, "en"),
                    new RoleSet(EnumSet.of(CourseRole.LEARNER), false, false),
                    new LaunchArrival.Course(course.id(), course.label(), course.title()),
                    new LaunchArrival.Link(link.id(), link.title()), directory.memberCustom(courseId, key)), arrived);
            Actor actor = new Actor(organisation, launched.personId(), launched.courseId(), launched.linkId(), launched.roles());
            if (spaceId == null) {
                LaunchDestination destination = destinations.find(actor, course.title(), null, arrived);
                // A course linked to several spaces: the first the launch would offer.
                spaceId = destination.spaceId() != null ? destination.spaceId()
                        : destination.choices() == null || destination.choices().isEmpty() ? null : destination.choices().get(0).spaceId();
                if (spaceId == null) {
                    throw new SeedRefused(course.title() + " has no community in Thirdspace yet from " + siteName
                            + ": enter the course as its instructor first and start it.");
                }
            }
            ShowConduct.ConductView conduct = showConduct.show(actor, spaceId, Locale.ENGLISH);
            acceptConduct.accept(actor, spaceId, new AcceptConduct.Request(conduct.scopeId(), conduct.version()), arrived);
            people.add(new Person(actor, key));
        }
        Seeded month = month(spaceId, people, start, now, random);
        // The LMS lists them from now on, so that a roster sync keeps them (only once nothing was refused).
        int highest = keys.stream().mapToInt(EmulatedRoster::generatedIndex).max().orElse(0);
        if (roster.size() <= highest) {
            roster.configure(highest + 1, null, null);
        }
        return month;
    }

    /**
     * Eight start conversations (two each), fourteen answer, ten only read, eight stay quiet: each
     * group of at least five, so the health page shows every figure. Times are spread over the
     * month, in order, and never later than now; a few questions stay unanswered for days.
     */
    private Seeded month(UUID spaceId, List<Person> people, Instant start, Instant now, SplittableRandom random) {
        List<Person> creators = people.subList(0, 8);
        List<Person> contributors = people.subList(8, 22);
        List<Person> readers = people.subList(22, 32);
        int conversations = 0;
        int replies = 0;
        int reads = 0;
        for (int i = 0; i < CONVERSATIONS.length; i++) {
            Person author = creators.get(i % creators.size());
            // Days 2 to 29 of the month, one conversation every day and a half or so.
            Instant opened = start.plus(Duration.ofHours(48 + i * 40L + random.nextInt(8)));
            UUID thread = startThread.start(author.actor(), spaceId, new StartThread.Request(CONVERSATIONS[i][0], CONVERSATIONS[i][1],
                    List.of("hybrid-work"), null, null), opened).id();
            conversations++;
            // Every fifth question waits: nobody answers it.
            int answers = i % 5 == 4 ? 0 : 1 + random.nextInt(3);
            Instant at = opened;
            for (int a = 0; a < answers; a++) {
                Person replier = contributors.get((i * 3 + a * 5) % contributors.size());
                at = at.plus(Duration.ofHours(1 + random.nextInt(a == 0 && i % 4 == 1 ? 60 : 20)));
                if (at.isAfter(now)) {
                    break;
                }
                replyToThread.reply(replier.actor(), thread, new ReplyToThread.Request(ANSWERS[(i + a) % ANSWERS.length], null, null), at);
                replies++;
            }
            for (int r = 0; r < 3; r++) {
                Person reader = readers.get((i * 3 + r) % readers.size());
                Instant read = opened.plus(Duration.ofHours(2 + random.nextInt(40)));
                if (read.isBefore(now)) {
                    showThread.show(reader.actor(), thread, read);
                    reads++;
                }
            }
        }
        return new Seeded(spaceId, people.size(), conversations, replies, reads);
    }

    /** Generated learners m0, m1, … whose roster role is a learner's (the roster makes a few of them assistants or instructors). */
    static List<String> learnerKeys() {
        List<String> keys = new ArrayList<>();
        for (int n = 0; keys.size() < PEOPLE; n++) {
            if (n % 100 != 3 && n % 500 != 7) {
                keys.add("m" + n);
            }
        }
        return keys;
    }
}
