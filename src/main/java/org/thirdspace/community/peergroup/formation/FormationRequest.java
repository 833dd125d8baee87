package org.thirdspace.community.peergroup.formation;

import java.util.List;
import java.util.Objects;

/** Everything one formation needs. The same request with the same seed gives the same proposal. */
public record FormationRequest(List<Participant> people, List<Attribute> attributes, GroupSize size,
                               HardConstraints constraints, List<PastRound> history, long seed, Budget budget) {

    public FormationRequest {
        people = List.copyOf(people);
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(size, "size");
        constraints = constraints == null ? HardConstraints.NONE : constraints;
        history = List.copyOf(history == null ? List.of() : history);
        budget = budget == null ? Budget.FORMING : budget;
        if (people.stream().map(Participant::id).distinct().count() != people.size()) {
            throw new IllegalArgumentException("people must have distinct ids");
        }
    }

    public FormationRequest withBudget(Budget value) {
        return new FormationRequest(people, attributes, size, constraints, history, seed, value);
    }

    public FormationRequest withPeople(List<Participant> value) {
        return new FormationRequest(value, attributes, size, constraints, history, seed, budget);
    }

    public FormationRequest withSeed(long value) {
        return new FormationRequest(people, attributes, size, constraints, history, value, budget);
    }
}
