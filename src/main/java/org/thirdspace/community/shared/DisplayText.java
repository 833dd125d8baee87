package org.thirdspace.community.shared;

/**
 * Text shown as a name or a title, without the Unicode bidirectional embedding, override and
 * isolate controls (U+202A–U+202E, U+2066–U+2069): with them a name can read backwards or drag the
 * text around it along ("Trojan Source"-style spoofing, Unicode TR 9 §2.1–2.2). Right-to-left
 * scripts need none of them: the bidirectional algorithm orders their letters by itself.
 */
public final class DisplayText {

    private DisplayText() {
    }

    public static String withoutBidiControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
