package org.thirdspace.lti.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thirdspace.application.Actor;
import org.thirdspace.application.Conflict;
import org.thirdspace.application.Field;
import org.thirdspace.application.InvalidRequest;
import org.thirdspace.application.artifact.PlaceArtifact;
import org.thirdspace.application.courselink.PlaceCommunityLinks;
import org.thirdspace.application.space.CreateSpace;
import org.thirdspace.community.artifact.Artifact;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.lti.LtiMessageLog;
import org.thirdspace.lti.jwks.ToolKeyRing;
import org.thirdspace.lti.platform.PlatformRegistration;
import org.thirdspace.lti.platform.RegistrationCache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The designer's answer to a deep-linking request, in one transaction: the request is marked
 * answered, the chosen spaces are created or linked, the chosen artifacts placed (their audience
 * moves to the course page), and the signed response is made. If any part
 * fails, nothing is placed and the request stays open.
 */
@ApplicationScoped
public class AnswerDeepLinking {

    /** The custom parameters a placed link carries; they survive course copies. */
    public static final String COMMUNITY_ID = "community_id";
    public static final String COMMUNITY_KEY = "community_key";
    /**
     * The artifact a placed link opens. An id alone is enough: the artifact is looked up in the
     * launching organisation and shown only to those its audience lets read it, so a typed id
     * opens nothing more than that person's library would.
     */
    public static final String ARTIFACT_ID = "artifact_id";
    static final int MAX_LINK_TEXT = 1000;

    @Inject
    DeepLinkingSessions sessions;

    @Inject
    DeepLinkingRequests requests;

    @Inject
    PlaceCommunityLinks placeLinks;

    @Inject
    PlaceArtifact placeArtifact;

    @Inject
    RegistrationCache registrations;

    @Inject
    ToolKeyRing keys;

    @Inject
    ToolSettings settings;

    /**
     * One link to place: an existing space, a new one from a template with an optional first
     * conversation starter, or a performance-support artifact ({@code artifactId}, titled as the artifact).
     */
    public record Item(UUID spaceId, CreateSpace.Request newSpace, PlaceCommunityLinks.Starter starter, String linkTitle,
                       String linkText, UUID artifactId) {

        boolean isArtifact() {
            return artifactId != null;
        }
    }

    /** What the designer chose; no items means they return to the LMS without placing anything. */
    public record Answer(List<Item> items) {
    }

    @Transactional
    public DeepLinkingResponse.Signed answer(Actor actor, UUID requestId, Answer answer, Instant now) {
        DeepLinkingRequest request = sessions.open(actor, requestId, now);
        List<Item> items = answer == null || answer.items() == null ? List.of() : answer.items();
        if (items.size() > 1 && !request.acceptMultiple()) {
            throw new InvalidRequest("items", "your LMS accepts one link here; choose one community");
        }
        if (!items.isEmpty() && !request.acceptsResourceLinks()) {
            throw new InvalidRequest("items", "this place in your LMS does not accept tool links (it accepts "
                    + String.join(", ", request.acceptTypes()) + ")");
        }
        if (items.stream().anyMatch(i -> i.isArtifact() && (i.spaceId() != null || i.newSpace() != null))) {
            throw new InvalidRequest("items", "an item places either a community or an artifact, not both");
        }
        if (!requests.answer(requestId, now)) {
            throw new Conflict("this request was answered already or has expired; open Thirdspace from your LMS's content dialog again");
        }
        List<PlaceCommunityLinks.Placed> placed = placeLinks.place(actor, items.stream().filter(i -> !i.isArtifact())
                .map(i -> new PlaceCommunityLinks.Choice(i.spaceId(), i.newSpace(), i.starter(), i.linkTitle(), i.linkText()))
                .toList(), now);
        // The links go back in the order the designer chose them.
        List<DeepLinkingResponse.LinkItem> links = new ArrayList<>();
        int nextSpace = 0;
        for (Item item : items) {
            Map<String, String> custom = new LinkedHashMap<>();
            if (item.isArtifact()) {
                Artifact artifact = placeArtifact.place(actor, item.artifactId(), now);
                custom.put(ARTIFACT_ID, artifact.id().toString());
                links.add(new DeepLinkingResponse.LinkItem(artifact.title(), Field.optional("linkText", item.linkText(), MAX_LINK_TEXT), custom));
            } else {
                PlaceCommunityLinks.Placed p = placed.get(nextSpace++);
                custom.put(COMMUNITY_ID, p.spaceId().toString());
                custom.put(COMMUNITY_KEY, p.key());
                links.add(new DeepLinkingResponse.LinkItem(p.linkTitle(), p.linkText(), custom));
            }
        }
        String error = request.acceptsResourceLinks() ? null
                : "Thirdspace places links to community spaces (ltiResourceLink); this placement accepts "
                + String.join(", ", request.acceptTypes()) + ". Add Thirdspace where the LMS offers external tool links.";
        String message = links.isEmpty() && error == null ? "No community was linked." : null;
        PlatformRegistration registration = registrations.find(request.registrationId())
                .orElseThrow(() -> new Conflict("the LMS registration of this request is gone"));
        JWTClaimsSet claims = DeepLinkingResponse.claims(request, registration.clientId(), registration.issuer(),
                settings.url("/lti/launch"), links, message, error, now);
        DeepLinkingResponse.Signed signed = new DeepLinkingResponse.Signed(request.returnUrl(), DeepLinkingResponse.sign(claims, keys.signingKey()));
        LtiMessageLog.answered(request.id(), registration.id(), request.deploymentId(), links.size());
        return signed;
    }
}
