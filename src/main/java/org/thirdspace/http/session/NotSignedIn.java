package org.thirdspace.http.session;

/** A request that needs a tool session came without a valid one. */
public class NotSignedIn extends RuntimeException {
    public NotSignedIn() {
        super("no valid session: open the tool from your course again");
    }
}
