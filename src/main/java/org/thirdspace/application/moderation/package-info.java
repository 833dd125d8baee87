/**
 * The safe-space use cases: codes of conduct, reports, the moderation queue and its decisions,
 * private notes, hiding, moving, suspensions, personal controls and the watch list. Each class is
 * one use case and a transaction; {@link org.thirdspace.application.safety.WriteGate} is the
 * one place every write of a member passes through.
 */
package org.thirdspace.application.moderation;
