package org.thirdspace.community.space;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Primary key of {@link SpaceMember}. */
public class SpaceMemberKey implements Serializable {

    private UUID spaceId;
    private UUID personId;

    public SpaceMemberKey() {
    }

    public SpaceMemberKey(UUID spaceId, UUID personId) {
        this.spaceId = spaceId;
        this.personId = personId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpaceMemberKey key && Objects.equals(spaceId, key.spaceId) && Objects.equals(personId, key.personId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spaceId, personId);
    }
}
