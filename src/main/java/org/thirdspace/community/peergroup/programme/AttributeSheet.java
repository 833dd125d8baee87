package org.thirdspace.community.peergroup.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded sheet of people's attributes as CSV (RFC 4180: comma-separated, fields in double
 * quotes may hold commas, line breaks and doubled quotes), read into its header and rows, each row
 * with the line it starts on so that a refusal can point at it.
 */
public record AttributeSheet(List<String> header, List<Row> rows) {

    /** One row and the line of the file it starts on (the header is line 1). */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    public AttributeSheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Reads the text; a quote left open is reported on the line it opened. */
    public static AttributeSheet read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // part of a CRLF line end
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, rowLine, fields);
        }
        if (rows.isEmpty()) {
            return new AttributeSheet(List.of(), List.of());
        }
        return new AttributeSheet(rows.get(0).fields(), rows.subList(1, rows.size()));
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        // Blank lines (a trailing newline, a spacer) are no rows.
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            rows.add(new Row(line, fields));
        }
    }
}
