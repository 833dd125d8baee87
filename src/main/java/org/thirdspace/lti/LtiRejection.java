package org.thirdspace.lti;

import java.util.Locale;
import java.util.Map;

/**
 * A login or launch the tool refuses. It carries what the person is told (message keys of the
 * {@code i18n/messages} bundle, with arguments), the HTTP status, and a reason for the log that
 * helps an admin without exposing tokens. When the browser's cookie was missing, it may carry the
 * login parameters to restart the launch in a new window, where cookies are first-party.
 */
public class LtiRejection extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final Object[] arguments;
    private final Map<String, String> restartParameters;
    private final Locale locale;

    public LtiRejection(int status, String messageKey, String adminReason, Object... arguments) {
        this(status, messageKey, adminReason, null, null, arguments);
    }

    private LtiRejection(int status, String messageKey, String adminReason, Map<String, String> restartParameters,
                         Locale locale, Object... arguments) {
        super(adminReason);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.restartParameters = restartParameters;
        this.locale = locale;
    }

    /** The same rejection, offering to restart the login with these parameters in a new window. */
    public LtiRejection withRestart(Map<String, String> loginParameters) {
        return new LtiRejection(status, messageKey, getMessage(), Map.copyOf(loginParameters), locale, arguments);
    }

    public LtiRejection inLocale(Locale requested) {
        return new LtiRejection(status, messageKey, getMessage(), restartParameters, requested, arguments);
    }

    public int status() {
        return status;
    }

    /** Key of the title; the explanation is under the same key with {@code .explanation}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public Map<String, String> restartParameters() {
        return restartParameters;
    }

    public Locale locale() {
        return locale;
    }

    public String adminReason() {
        return getMessage();
    }
}
