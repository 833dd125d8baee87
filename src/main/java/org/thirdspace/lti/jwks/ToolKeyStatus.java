package org.thirdspace.lti.jwks;

/**
 * The life of a signing key (1EdTech Security Framework §6.2, key rotation): published before it
 * signs, and still published for a while after it stopped signing.
 */
public enum ToolKeyStatus {
    /** Published in the JWKS so platforms cache it; does not sign yet. */
    NEXT,
    /** Signs everything the tool signs. */
    ACTIVE,
    /** No longer signs; still published so tokens it signed can be verified. */
    RETIRING,
    /** Gone from the JWKS. */
    RETIRED;

    public boolean isPublished() {
        return this != RETIRED;
    }
}
