package org.thirdspace.http.session;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** The session of the request being served, set by {@link SessionFilter}; absent when anonymous. */
@RequestScoped
public class CurrentSession {

    private ToolSession session;

    void set(ToolSession session) {
        this.session = session;
    }

    public Optional<ToolSession> get() {
        return Optional.ofNullable(session);
    }

    /** The session, or a 401 for the caller. */
    public ToolSession require() {
        if (session == null) {
            throw new NotSignedIn();
        }
        return session;
    }
}
