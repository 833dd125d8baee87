package org.thirdspace.lti;

import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One log line per LTI message the tool accepted or answered, next to the refusals that
 * {@link LtiRejectionMapper} logs: enough to follow an integration (which registration,
 * deployment and message type, and how it ended), and nothing about the person — no subject,
 * name, e-mail, course title, custom value or token.
 */
public final class LtiMessageLog {

    private static final Logger LOG = Logger.getLogger("org.thirdspace.lti.messages");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private LtiMessageLog() {
    }

    /** A launch or Deep Linking request that passed every check; {@code outcome} says where it led. */
    public static void accepted(String messageType, UUID registrationId, String deploymentId, String outcome) {
        LOG.info(() -> "LTI " + clean(messageType) + " accepted: registration " + registrationId
                + ", deployment " + clean(deploymentId) + ", " + outcome);
    }

    /** A Deep Linking response signed and handed back to the platform. */
    public static void answered(UUID requestId, UUID registrationId, String deploymentId, int items) {
        LOG.info(() -> "LTI LtiDeepLinkingResponse sent: request " + requestId + ", registration " + registrationId
                + ", deployment " + clean(deploymentId) + ", " + items + (items == 1 ? " item" : " items"));
    }

    /** The platform chooses deployment ids and message types: no line breaks or control characters into the log. */
    private static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String printable = CONTROL.matcher(value).replaceAll("?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
