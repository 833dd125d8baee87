package org.thirdspace.application.peergroup;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A course's member arrived by launch with these custom values (LTI 1.3 §5.4.6). */
public record CourseMemberSeen(UUID courseId, UUID personId, Map<String, String> custom, Instant at) {
}
