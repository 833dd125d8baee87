package org.thirdspace.application.lms;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingGuardTest {

    private static final URI FIRST = URI.create("https://lms.example.com/nrps/7?limit=100");

    @Test
    void followsLinksOnTheSameOriginAndEndsWithoutOne() throws ServiceRefused {
        PagingGuard guard = new PagingGuard(FIRST, 10);
        assertThat(guard.follow(URI.create("https://lms.example.com:443/nrps/7?page=2"))).isNotNull();
        assertThat(guard.follow(URI.create("https://LMS.example.com/nrps/7?page=3"))).isNotNull();
        assertThat(guard.follow(null)).isNull();
    }

    @Test
    void refusesANextLinkOnAnotherOrigin() {
        PagingGuard guard = new PagingGuard(FIRST, 10);
        for (String other : new String[] {"https://evil.example.com/nrps/7?page=2", "http://lms.example.com/nrps/7?page=2",
                "https://lms.example.com:8443/nrps/7?page=2", "https://lms.example.com.evil.example/nrps"}) {
            assertThatThrownBy(() -> guard.follow(URI.create(other))).isInstanceOf(ServiceRefused.class)
                    .hasMessageContaining("another origin").hasMessageContaining("no access token was sent");
        }
    }

    @Test
    void stopsAtThePageCap() throws ServiceRefused {
        PagingGuard guard = new PagingGuard(FIRST, 3);
        guard.follow(URI.create("https://lms.example.com/nrps/7?page=2"));
        guard.follow(URI.create("https://lms.example.com/nrps/7?page=3"));
        assertThatThrownBy(() -> guard.follow(URI.create("https://lms.example.com/nrps/7?page=4")))
                .isInstanceOf(ServiceRefused.class).hasMessageContaining("more than 3 pages");
    }

    @Test
    void stopsWhenALinkLeadsBackToAPageAlreadyRead() throws ServiceRefused {
        PagingGuard guard = new PagingGuard(FIRST, 2000);
        guard.follow(URI.create("https://lms.example.com/nrps/7?page=2"));
        assertThatThrownBy(() -> guard.follow(URI.create("https://lms.example.com/nrps/7?page=2")))
                .isInstanceOf(ServiceRefused.class).hasMessageContaining("already read");
        assertThatThrownBy(() -> new PagingGuard(FIRST, 10).follow(FIRST)).isInstanceOf(ServiceRefused.class);
    }

    @Test
    void judgesOtherLinksByTheSameOrigin() {
        PagingGuard guard = new PagingGuard(FIRST, 10);
        assertThat(guard.sameOrigin(URI.create("https://lms.example.com/nrps/7?since=1"))).isTrue();
        assertThat(guard.sameOrigin(URI.create("https://cdn.example.com/nrps/7?since=1"))).isFalse();
    }
}
