package org.thirdspace.community.organisation;

import java.util.UUID;

/** A tenant: everything in a community belongs to exactly one organisation. */
public record Organisation(UUID id, String name) {
}
