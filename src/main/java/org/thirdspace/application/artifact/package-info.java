/**
 * Use cases of performance-support artifacts: making one from a conversation (or an FAQ entry from
 * a reply marked as the answer), editing with a reason, verifying, asking for and answering
 * consent, widening the audience, readers' "this helped" and "outdated", what is due for review,
 * and the library. Every one reads through {@link org.thirdspace.application.artifact.ArtifactAccess}:
 * an artifact someone may not read does not exist for them.
 */
package org.thirdspace.application.artifact;
