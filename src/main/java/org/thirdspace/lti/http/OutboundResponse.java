package org.thirdspace.lti.http;

import java.net.http.HttpHeaders;

/** A response read whole, within the size cap. */
public record OutboundResponse(int status, HttpHeaders headers, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
