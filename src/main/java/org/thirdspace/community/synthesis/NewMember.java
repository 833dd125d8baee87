package org.thirdspace.community.synthesis;

import java.util.UUID;

/** Someone who joined the space this week, with the name the space shows for them. */
public record NewMember(UUID personId, String name) {
}
