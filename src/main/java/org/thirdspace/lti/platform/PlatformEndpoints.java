package org.thirdspace.lti.platform;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The changeable part of a registration: the platform's endpoints and the hosts that launches may
 * target. Validated by {@link PlatformEndpointsPolicy} before it is stored.
 */
public record PlatformEndpoints(String displayName, String authorizationEndpoint, String tokenEndpoint,
                                String authorizationServer, String jwksUri, Set<String> targetLinkHosts,
                                Set<String> frameOrigins) {

    public PlatformEndpoints {
        targetLinkHosts = targetLinkHosts == null ? Set.of() : Set.copyOf(targetLinkHosts);
        frameOrigins = frameOrigins == null ? Set.of() : Set.copyOf(frameOrigins);
    }

    public List<String> urls() {
        return Stream.of(authorizationEndpoint, tokenEndpoint, authorizationServer, jwksUri)
                .filter(u -> u != null && !u.isBlank()).toList();
    }
}
