package org.thirdspace.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A checklist's "- [ ]" items: read-only tick boxes on the page, ☐ and ☑ on paper. */
class TaskListItemsTest {

    private static String rendered(String markdown) {
        return MarkdownRenderer.render(markdown, id -> Optional.empty()).html();
    }

    @Test
    void tightAndLooseItemsBecomeDisabledCheckboxesNamedByTheirWords() {
        String html = TaskListItems.asCheckboxes(rendered("- [ ] Send the *badge* form [1]\n- [x] Book a desk\n- Not a task [ ]"));
        assertThat(html).contains("<li class=\"ts-task\"><label><input type=\"checkbox\" disabled=\"disabled\" /> Send the <em>badge</em> form [1]</label></li>",
                "<label><input type=\"checkbox\" disabled=\"disabled\" checked=\"checked\" /> Book a desk</label>", "<li>Not a task [ ]</li>");
        String loose = TaskListItems.asCheckboxes(rendered("- [ ] First\n\n- [ ] Second\n"));
        assertThat(loose).contains("<li class=\"ts-task\"><p><label><input type=\"checkbox\" disabled=\"disabled\" /> First</label></p>")
                .doesNotContain("[ ]");
    }

    @Test
    void whatSomeoneTypesCannotBecomeMarkup() {
        String html = TaskListItems.asCheckboxes(rendered("- [ ] <script>alert(1)</script> $1 \\\\ [2]"));
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;", "$1");
    }

    @Test
    void onPaperTheBoxesAreCharacters() {
        String html = TaskListItems.asBallotBoxes(TaskListItems.asCheckboxes(rendered("- [ ] One\n- [x] Two")));
        assertThat(html).contains("\u2610 One", "\u2611 Two").doesNotContain("<input");
        assertThat(TaskListItems.asCheckboxes(null)).isNull();
    }
}
