package org.thirdspace.application.peergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.community.peergroup.GroupingProfile;
import org.thirdspace.community.peergroup.programme.AttributeSheet;
import org.thirdspace.community.peergroup.programme.Programme;
import org.thirdspace.community.peergroup.programme.Programmes;
import org.thirdspace.community.person.People;
import org.thirdspace.community.person.Person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A facilitator uploads people's attributes as CSV: a header with {@code person} (the person's LMS
 * user id or e-mail) and any of the keys {@link GroupingProfile} reads, then a row a person of the
 * programme's courses. Every row is checked; when any is bad, each bad row is reported with its
 * line and reason and nothing is applied. An empty cell leaves the person's value as it was.
 */
@ApplicationScoped
public class UploadGroupingAttributes {

    static final int MOST_ROWS = 50_000;

    private ProgrammeAccess access;
    private Programmes programmes;
    private ProgrammeRoster roster;
    private People people;

    protected UploadGroupingAttributes() {
    }

    @Inject
    public UploadGroupingAttributes(ProgrammeAccess access, Programmes programmes, ProgrammeRoster roster, People people) {
        this.access = access;
        this.programmes = programmes;
        this.roster = roster;
        this.people = people;
    }

    public record Uploaded(int people) {
    }

    @Transactional
    public Uploaded upload(Actor actor, UUID spaceId, String csv, Instant now) {
        Programme programme = access.programme(actor, spaceId);
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequest("file", "the sheet is empty: it needs a header line and a line a person");
        }
        AttributeSheet sheet;
        try {
            sheet = AttributeSheet.read(csv);
        } catch (IllegalArgumentException e) {
            throw new SheetRefused(List.of(new SheetRefused.RowError(lineOf(e.getMessage()), e.getMessage())));
        }
        List<SheetRefused.RowError> errors = new ArrayList<>();
        List<String> header = sheet.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int personColumn = header.indexOf("person");
        if (personColumn < 0) {
            errors.add(new SheetRefused.RowError(1, "the header has no person column"));
        }
        for (int c = 0; c < header.size(); c++) {
            String problem = c == personColumn ? null : GroupingProfile.problem(header.get(c), null);
            if (problem != null) {
                errors.add(new SheetRefused.RowError(1, problem));
            } else if (header.indexOf(header.get(c)) != c) {
                errors.add(new SheetRefused.RowError(1, "the column " + header.get(c) + " appears twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new SheetRefused(errors);
        }
        if (sheet.rows().isEmpty()) {
            throw new InvalidRequest("file", "the sheet has a header but no person");
        }
        if (sheet.rows().size() > MOST_ROWS) {
            throw new InvalidRequest("file", "the sheet has more than " + MOST_ROWS + " rows");
        }
        Map<String, UUID> known = identifiers(actor.organisationId(), programme);
        Map<UUID, Map<String, String>> values = new LinkedHashMap<>();
        Map<UUID, Integer> firstLine = new HashMap<>();
        for (AttributeSheet.Row row : sheet.rows()) {
            if (row.fields().size() != header.size()) {
                errors.add(new SheetRefused.RowError(row.line(), "the row has " + row.fields().size() + " fields, the header "
                        + header.size()));
                continue;
            }
            String who = row.fields().get(personColumn).strip();
            UUID person = known.get(who.toLowerCase(Locale.ROOT));
            if (who.isEmpty()) {
                errors.add(new SheetRefused.RowError(row.line(), "the person is missing"));
                continue;
            }
            if (person == null) {
                errors.add(new SheetRefused.RowError(row.line(), who + " is not a learner of the programme's courses"));
                continue;
            }
            if (firstLine.containsKey(person)) {
                errors.add(new SheetRefused.RowError(row.line(), who + " is already on line " + firstLine.get(person)));
                continue;
            }
            firstLine.put(person, row.line());
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (c == personColumn) {
                    continue;
                }
                String value = row.fields().get(c);
                String problem = GroupingProfile.problem(header.get(c), value);
                if (problem != null) {
                    errors.add(new SheetRefused.RowError(row.line(), problem));
                } else if (!value.isBlank()) {
                    attributes.put(header.get(c), value.strip());
                }
            }
            values.put(person, attributes);
        }
        if (!errors.isEmpty()) {
            throw new SheetRefused(errors);
        }
        // Merged over what an earlier upload gave: an empty cell leaves a value as it was.
        Map<UUID, Map<String, String>> before = programmes.uploads(programme.id());
        Map<UUID, Map<String, String>> merged = new LinkedHashMap<>();
        values.forEach((person, attributes) -> {
            Map<String, String> all = new LinkedHashMap<>(before.getOrDefault(person, Map.of()));
            all.putAll(attributes);
            merged.put(person, all);
        });
        programmes.upload(programme.id(), merged, actor.personId(), now);
        return new Uploaded(merged.size());
    }

    /** The learners of the programme's courses by LMS user id and e-mail, without case. */
    private Map<String, UUID> identifiers(UUID organisationId, Programme programme) {
        Map<String, UUID> known = new HashMap<>();
        for (Person person : people.byIds(organisationId, roster.learners(programme).keySet()).values()) {
            known.put(person.subject().toLowerCase(Locale.ROOT), person.id());
            String email = person.profile().email();
            if (email != null && !email.isBlank()) {
                known.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), person.id());
            }
        }
        return known;
    }

    private static int lineOf(String message) {
        try {
            return Integer.parseInt(message.replaceAll("^line (\\d+):.*$", "$1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
