package org.thirdspace.lti.platform;

/**
 * A registration document or request that cannot be accepted; the message says which field and
 * why, and {@link #field()} names the field (as in the JSON document) so a form can show the
 * refusal next to it.
 */
public class InvalidRegistration extends RuntimeException {
    private final String field;

    public InvalidRegistration(String message) {
        this(null, message);
    }

    public InvalidRegistration(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
