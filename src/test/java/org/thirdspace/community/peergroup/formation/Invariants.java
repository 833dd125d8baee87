package org.thirdspace.community.peergroup.formation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a proposal against its request from the outside, without the engine's own checks. */
public final class Invariants {

    private Invariants() {
    }

    public static void assertHolds(FormationRequest request, Proposal proposal) {
        Map<String, Participant> byId = new HashMap<>();
        request.people().forEach(p -> byId.put(p.id(), p));
        Set<String> seen = new HashSet<>();
        for (Proposal.Group group : proposal.groups()) {
            assertThat(group.members().size()).as("size of group %d", group.number())
                    .isBetween(request.size().min(), request.size().max());
            List<Participant> members = group.members().stream().map(byId::get).toList();
            for (Participant p : members) {
                assertThat(p).as("member of the request").isNotNull();
                assertThat(seen.add(p.id())).as("%s in one group only", p.id()).isTrue();
                assertThat(p.optedOut()).as("%s opted out", p.id()).isFalse();
            }
            HardConstraints c = request.constraints();
            if (c.sharedLanguage()) {
                Set<String> common = null;
                for (Participant p : members) {
                    if (p.languages().isEmpty()) {
                        continue;
                    }
                    Set<String> known = p.languages().stream().map(String::toLowerCase).collect(Collectors.toSet());
                    if (common == null) {
                        common = new HashSet<>(known);
                    } else {
                        common.retainAll(known);
                    }
                }
                assertThat(common == null || !common.isEmpty()).as("group %d shares a language", group.number()).isTrue();
            }
            if (c.minOverlapMinutes() > 0) {
                assertThat(overlapMinutes(members)).as("overlap of group %d", group.number())
                        .isGreaterThanOrEqualTo(c.minOverlapMinutes());
            }
            if (c.teamsApart()) {
                List<String> teams = members.stream().map(Participant::team).filter(t -> t != null && !t.isBlank()).toList();
                assertThat(teams).as("teams in group %d", group.number()).doesNotHaveDuplicates();
            }
            for (HardConstraints.Pair pair : c.neverTogether()) {
                assertThat(group.members().contains(pair.a()) && group.members().contains(pair.b()))
                        .as("never together: %s", pair).isFalse();
            }
        }
        for (Participant p : request.people()) {
            boolean placed = seen.contains(p.id());
            UnplacedReason reason = proposal.unplaced().get(p.id());
            assertThat(placed ^ reason != null).as("%s is placed or has a reason, not both", p.id()).isTrue();
            if (p.optedOut()) {
                assertThat(reason).isEqualTo(UnplacedReason.OPTED_OUT);
            }
        }
    }

    /** Minutes of the UTC day in every known member's working window, counted minute by minute. */
    static int overlapMinutes(List<Participant> members) {
        boolean[] all = new boolean[1440];
        java.util.Arrays.fill(all, true);
        for (Participant p : members) {
            WorkingHours h = p.hours();
            if (h == null) {
                continue;
            }
            boolean[] in = new boolean[1440];
            int length = Math.floorMod(h.endMinute() - h.startMinute(), 1440);
            for (int m = 0; m < length; m++) {
                in[Math.floorMod(h.startMinute() - h.utcOffsetMinutes() + m, 1440)] = true;
            }
            for (int m = 0; m < 1440; m++) {
                all[m] &= in[m];
            }
        }
        int count = 0;
        for (boolean b : all) {
            count += b ? 1 : 0;
        }
        return count;
    }

    static Set<Set<String>> pairs(Proposal proposal) {
        Set<Set<String>> pairs = new HashSet<>();
        for (Proposal.Group g : proposal.groups()) {
            for (String a : g.members()) {
                for (String b : g.members()) {
                    if (a.compareTo(b) < 0) {
                        pairs.add(Set.of(a, b));
                    }
                }
            }
        }
        return pairs;
    }
}
