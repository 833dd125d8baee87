package org.thirdspace.application.peergroup;

import java.util.List;

/** An attribute sheet with bad rows: each with its line and reason. Nothing of the sheet was applied. */
public class SheetRefused extends RuntimeException {

    /** A refused row. */
    public record RowError(int line, String reason) {
    }

    private final transient List<RowError> errors;

    public SheetRefused(List<RowError> errors) {
        super(errors.size() + (errors.size() == 1 ? " row was" : " rows were") + " refused; nothing was applied");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
