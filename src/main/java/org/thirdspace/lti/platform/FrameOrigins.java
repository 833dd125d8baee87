package org.thirdspace.lti.platform;

import com.google.common.net.InternetDomainName;

import java.util.regex.Pattern;

/**
 * What a registration may name as origins allowed to frame the tool (CSP {@code frame-ancestors}):
 * an exact origin ({@code https://lms.example.com}, optionally with a port), or every host under
 * one registrable domain ({@code https://*.instructure.com}). A wildcard over a public suffix
 * ({@code https://*.com}, {@code https://*.co.uk}, {@code https://*.github.io}) would let any site
 * frame the tool; the Public Suffix List (through Guava's {@link InternetDomainName}) says which
 * names are public suffixes, so no list is kept here.
 */
public final class FrameOrigins {

    private static final Pattern ORIGIN = Pattern.compile(
            "^https?://(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?$");

    private FrameOrigins() {
    }

    /** Written as an origin (scheme, host, optional port; a leading {@code *.} for a wildcard). */
    public static boolean isOrigin(String origin) {
        return origin != null && ORIGIN.matcher(origin).matches();
    }

    /** An origin that is exact, or a wildcard within one registrable domain. */
    public static boolean isNarrowEnough(String origin) {
        if (!isOrigin(origin)) {
            return false;
        }
        int wildcard = origin.indexOf("://*.");
        if (wildcard < 0) {
            return true;
        }
        String domain = origin.substring(wildcard + 5).replaceFirst(":[0-9]+$", "");
        // Under a public suffix: the domain is a registrable one (instructure.com) or below it, never a suffix itself.
        return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isUnderPublicSuffix();
    }
}
