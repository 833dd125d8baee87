package org.thirdspace.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thirdspace.http.RequestText.Finding.LONG_LIST;
import static org.thirdspace.http.RequestText.Finding.NONE;
import static org.thirdspace.http.RequestText.Finding.NUL;

class RequestTextTest {

    static RequestText.Finding json(String text) {
        return RequestText.scanJson(text.getBytes(StandardCharsets.UTF_8));
    }

    static String array(int items, String item) {
        return IntStream.range(0, items).mapToObj(i -> item).collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void aNulEscapeInAJsonStringIsFoundButAnEscapedBackslashBeforeU0000IsText() {
        assertThat(json("{\"a\": \"x\\u0000y\"}")).isEqualTo(NUL);
        assertThat(json("{\"a\\u0000\": 1}")).as("in a member name too").isEqualTo(NUL);
        assertThat(json("{\"a\": \"x\\\\u0000y\"}")).isEqualTo(NONE);
        assertThat(json("{\"a\": \"x\\\\\\u0000y\"}")).as("an escaped backslash, then an escape").isEqualTo(NUL);
        assertThat(json("{\"a\": \"x\\u00001\"}")).isEqualTo(NUL);
        assertThat(json("{\"a\": \"\\u0001 \\u1000 é ☃\"}")).isEqualTo(NONE);
        assertThat(RequestText.scanJson(new byte[] {'"', 'a', 0, '"'})).isEqualTo(NUL);
    }

    @Test
    void listsAreCountedAtEveryDepthAndStringsDoNotCount() {
        assertThat(json("{\"ids\": " + array(500, "\"a,b,[c]\"") + "}")).isEqualTo(NONE);
        assertThat(json("{\"ids\": " + array(501, "1") + "}")).isEqualTo(LONG_LIST);
        assertThat(json("[" + array(501, "{\"x\": [1, 2]}") + "]")).isEqualTo(LONG_LIST);
        assertThat(json("{\"deep\": [[" + array(501, "true").substring(1) + "]}")).isEqualTo(LONG_LIST);
        assertThat(json(array(500, "{\"a\": 1, \"b\": 2, \"c\": 3}"))).as("commas of objects are not items").isEqualTo(NONE);
        assertThat(json("[]")).isEqualTo(NONE);
        assertThat(json("{\"a\": [")).as("malformed JSON is the reader's to refuse").isEqualTo(NONE);
    }

    @Test
    void addressesAndFormsHoldNoNul() {
        assertThat(RequestText.nulInAddress("q=a%00b")).isTrue();
        assertThat(RequestText.nulInAddress("q=a%2500b")).as("an encoded percent sign").isFalse();
        assertThat(RequestText.nulInAddress(null)).isFalse();
        assertThat(RequestText.nulInForm("iss=x%00&a=b".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(RequestText.nulInForm("iss=x&a=b".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(RequestText.nulInForm("iss=x&a=%00".getBytes(StandardCharsets.ISO_8859_1))).as("at the very end").isTrue();
        assertThat(RequestText.nulInForm("iss=x&a=%0".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(RequestText.nulInForm("iss=x%2500".getBytes(StandardCharsets.ISO_8859_1))).as("an encoded percent sign").isFalse();
        assertThat(RequestText.nulInForm(new byte[] {'a', '=', 0, 'b'})).as("a raw NUL byte").isTrue();
    }
}
