/**
 * Secrets at rest: the configured key secret, sealing with AES-GCM, and secrets the tool generates
 * for itself and shares between nodes through the database.
 */
package org.thirdspace.secrets;
