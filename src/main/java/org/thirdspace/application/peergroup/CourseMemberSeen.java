package org.thirdspace.application.peergroup;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A course's member arrived (by launch or roster) with these custom values (LTI 1.3 §5.4.6). */
public record CourseMemberSeen(UUID courseId, Map<String, String> custom, Instant at) {
}
