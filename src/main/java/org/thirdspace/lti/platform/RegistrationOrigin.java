package org.thirdspace.lti.platform;

/** Where a registration came from. */
public enum RegistrationOrigin {
    /** A JSON document in the configuration folder, applied at every start. */
    FILE,
    /** The admin REST API. */
    API,
    /** LTI Dynamic Registration. */
    DYNAMIC,
    /** The built-in LMS emulator. */
    EMULATOR
}
