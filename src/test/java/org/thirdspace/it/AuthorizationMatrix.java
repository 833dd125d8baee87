package org.thirdspace.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table of people (by role) × actions with the HTTP status each must get, run as one
 * parameterized case per cell: a refusal must also come as a problem document.
 */
final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    record Action(String name, Function<Member, ToolClient.Reply> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Cell(String person, Action action, int expected) {
        @Override
        public String toString() {
            return person + " → " + action + " → " + expected;
        }
    }

    /** One cell per person and action; {@code expected} lists each person's statuses in the order of {@code actions}. */
    static Stream<Cell> cells(List<Action> actions, Map<String, int[]> expected) {
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<String, int[]> row : expected.entrySet()) {
            assertThat(row.getValue()).as("statuses of " + row.getKey()).hasSize(actions.size());
            for (int i = 0; i < actions.size(); i++) {
                cells.add(new Cell(row.getKey(), actions.get(i), row.getValue()[i]));
            }
        }
        return cells.stream();
    }

    static void check(Cell cell, Map<String, Member> people) {
        ToolClient.Reply reply = cell.action().call().apply(people.get(cell.person()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(cell.expected());
        if (cell.expected() >= 400) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }
}
