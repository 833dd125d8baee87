package org.thirdspace.http;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a request's text may not hold, checked before anything reads it: the NUL character
 * (U+0000) — PostgreSQL cannot store it in text and H2 would keep it, so it is refused everywhere
 * alike — and, in a JSON body, an array of more than {@link #MAX_LIST_ITEMS} items (every list the
 * API reads, now and later, has that bound; some have smaller ones of their own).
 *
 * <p>The scan is one pass over the bytes. Every character JSON gives a meaning to is ASCII, and no
 * byte of a multi-byte UTF-8 sequence is, so the bytes can be read without decoding them.
 */
public final class RequestText {

    /** The most items of any list (JSON array) in a request body. */
    public static final int MAX_LIST_ITEMS = 500;

    /** What a scan found wrong, or {@link #NONE}. */
    public enum Finding {
        NONE, NUL, LONG_LIST
    }

    private RequestText() {
    }

    /** A URL path or query as sent (still percent-encoded): a NUL is {@code %00}, or the raw character. */
    public static boolean nulInAddress(String raw) {
        return raw != null && (raw.indexOf('\0') >= 0 || raw.contains("%00"));
    }

    /**
     * A form body ({@code application/x-www-form-urlencoded}): {@code %00}, or a raw NUL byte. Read
     * as bytes, without a copy: a launch's form carries a signed token of some kilobytes.
     */
    public static boolean nulInForm(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0 || body[i] == '%' && i + 2 < body.length && body[i + 1] == '0' && body[i + 2] == '0') {
                return true;
            }
        }
        return false;
    }

    public static boolean nulByte(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A JSON body: a raw NUL byte, the escape {@code \u0000} inside a string (not an escaped
     * backslash followed by "u0000"), or an array with more than {@link #MAX_LIST_ITEMS} items.
     * Malformed JSON is left to the JSON reader, which refuses it with its own problem.
     */
    public static Finding scanJson(byte[] body) {
        Deque<int[]> containers = new ArrayDeque<>(); // {isArray (1/0), items so far}
        boolean inString = false;
        for (int i = 0; i < body.length; i++) {
            byte b = body[i];
            if (b == 0) {
                return Finding.NUL;
            }
            if (inString) {
                if (b == '\\') {
                    if (i + 5 < body.length && body[i + 1] == 'u' && body[i + 2] == '0' && body[i + 3] == '0'
                            && body[i + 4] == '0' && body[i + 5] == '0') {
                        return Finding.NUL;
                    }
                    i++; // the escaped character (a backslash, a quote, 'u', …) is never structure
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            switch (b) {
                case '"' -> {
                    inString = true;
                    firstItem(containers);
                }
                case '[' -> {
                    firstItem(containers);
                    containers.push(new int[] {1, 0});
                }
                case '{' -> {
                    firstItem(containers);
                    containers.push(new int[] {0, 0});
                }
                case ']', '}' -> containers.poll();
                case ',' -> {
                    int[] top = containers.peek();
                    if (top != null && top[0] == 1 && ++top[1] > MAX_LIST_ITEMS) {
                        return Finding.LONG_LIST;
                    }
                }
                case ' ', '\t', '\r', '\n', ':' -> {
                    // layout and object members
                }
                default -> firstItem(containers);
            }
        }
        return Finding.NONE;
    }

    /** A value starts: in an array that had none yet, it is the first item. */
    private static void firstItem(Deque<int[]> containers) {
        int[] top = containers.peek();
        if (top != null && top[0] == 1 && top[1] == 0) {
            top[1] = 1;
        }
    }
}
