package org.thirdspace.application;

import java.util.List;

/**
 * A form refused field by field: every field at fault with what is wrong with it, so that a page
 * shows each message next to its field at once. The first one is the problem's {@code field}, for
 * callers that read only one. Nothing was written.
 */
public class InvalidFields extends InvalidRequest {

    /** One field at fault. */
    public record Error(String field, String detail) {
    }

    private final transient List<Error> errors;

    public InvalidFields(List<Error> errors) {
        super(errors.get(0).field(), String.join("; ", errors.stream().map(Error::detail).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<Error> errors() {
        return errors;
    }
}
