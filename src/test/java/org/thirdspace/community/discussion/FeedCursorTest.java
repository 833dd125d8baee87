package org.thirdspace.community.discussion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedCursorTest {

    @Test
    void aCursorSurvivesItsEncodingToTheMicrosecond() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2026-11-22T10:15:30.123456Z"), UUID.randomUUID());
        assertThat(FeedCursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void noCursorIsTheFirstPageAndGarbageIsRefused() {
        assertThat(FeedCursor.decode(null)).isEmpty();
        assertThat(FeedCursor.decode("")).isEmpty();
        assertThatThrownBy(() -> FeedCursor.decode("bm90LWEtY3Vyc29y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedCursor.decode("%%%")).isInstanceOf(IllegalArgumentException.class);
    }
}
