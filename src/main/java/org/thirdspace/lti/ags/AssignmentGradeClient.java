package org.thirdspace.lti.ags;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thirdspace.application.lms.GradeSink;
import org.thirdspace.application.lms.PlatformAccount;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.community.grading.GradeService;
import org.thirdspace.lti.http.OutboundResponse;
import org.thirdspace.lti.services.ServiceRequests;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Line items and scores with Assignment and Grade Services 2.0. Every call goes through the
 * service-token client ({@link ServiceRequests}: the outbound address policy, a bearer token of
 * exactly the scope the call needs — asked for only when the platform offered it — and one new
 * token after a 401).
 */
@ApplicationScoped
public class AssignmentGradeClient implements GradeSink {

    /** AGS 2.0 §3.2 media types. */
    static final String LINE_ITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    /** AGS 2.0 §3.4. */
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    /** ISO 8601 with milliseconds, which AGS 2.0 §3.4.5 asks for (sub-second precision orders scores). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);
    static final int CONTAINER_MAX_BYTES = 512 * 1024;

    @Inject
    ServiceRequests requests;

    /**
     * AGS 2.0 §3.2.5: the container filtered by {@code resource_link_id} and {@code tag}; the first
     * line item that really matches both (a platform may ignore filters) is the link's. None: one
     * is created (§3.2.6) with the tool's label and maximum. Without the line item scope the only
     * line item the tool may use is the one the launch named.
     */
    @Override
    public String lineItem(PlatformAccount account, GradeService service, LineItem wanted) throws ServiceFailure {
        if (!service.mayManageLineItems()) {
            if (service.lineItemUrl() != null) {
                return service.lineItemUrl();
            }
            throw new ServiceRefused("the LMS offers no line item for this link and does not let the tool create one");
        }
        Set<String> scopes = Set.of(GradeService.LINE_ITEM_SCOPE);
        URI container = uri(service.lineItemsUrl());
        URI query = withQuery(container, "resource_link_id=" + encode(wanted.resourceLinkKey()) + "&tag=" + encode(wanted.tag()));
        OutboundResponse listing = requests.get(account, scopes, query, LINE_ITEM_CONTAINER, CONTAINER_MAX_BYTES);
        String found = matching(listing.body(), wanted);
        if (found != null) {
            return found;
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("scoreMaximum", wanted.scoreMaximum());
        item.put("label", wanted.label());
        item.put("resourceLinkId", wanted.resourceLinkKey());
        item.put("tag", wanted.tag());
        OutboundResponse created = requests.post(account, scopes, container, LINE_ITEM, LINE_ITEM, JSONObjectUtils.toJSONString(item));
        try {
            Object id = JSONObjectUtils.parse(created.body()).get("id");
            if (id instanceof String url && !url.isBlank()) {
                return uri(url).toString();
            }
        } catch (ParseException e) {
            // answered below
        }
        throw new ServiceRefused("the LMS created a line item but did not say its id");
    }

    static String matching(String body, LineItem wanted) throws ServiceRefused {
        List<Object> items;
        try {
            items = JSONArrayUtils.parse(body);
        } catch (ParseException e) {
            throw new ServiceRefused("the LMS's line items container is not a JSON array");
        }
        for (Object entry : items) {
            if (entry instanceof Map<?, ?> item && wanted.resourceLinkKey().equals(item.get("resourceLinkId"))
                    && wanted.tag().equals(item.get("tag")) && item.get("id") instanceof String id && !id.isBlank()) {
                return id;
            }
        }
        return null;
    }

    /** AGS 2.0 §3.4: POST to the line item URL with {@code /scores} added to its path, before any query. */
    @Override
    public void score(PlatformAccount account, GradeService service, String lineItemUrl, Score score) throws ServiceFailure {
        if (!service.mayPostScores()) {
            throw new ServiceRefused("the LMS did not grant the score scope");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", score.userId());
        body.put("scoreGiven", score.given());
        body.put("scoreMaximum", score.maximum());
        body.put("activityProgress", score.activityProgress());
        body.put("gradingProgress", score.gradingProgress());
        body.put("timestamp", TIMESTAMP.format(score.timestamp()));
        requests.post(account, Set.of(GradeService.SCORE_SCOPE), scoresUrl(uri(lineItemUrl)), SCORE, "application/json",
                JSONObjectUtils.toJSONString(body));
    }

    static URI scoresUrl(URI lineItem) throws ServiceRefused {
        String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath();
        try {
            return new URI(lineItem.getScheme(), lineItem.getRawAuthority(), null, null, null)
                    .resolve(path.replaceAll("/+$", "") + "/scores" + (lineItem.getRawQuery() == null ? "" : "?" + lineItem.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ServiceRefused("the line item's URL is not a URL");
        }
    }

    private static URI withQuery(URI uri, String query) {
        String text = uri.toString();
        int fragment = text.indexOf('#');
        if (fragment >= 0) {
            text = text.substring(0, fragment);
        }
        return URI.create(text + (uri.getRawQuery() == null ? "?" : "&") + query);
    }

    private static URI uri(String url) throws ServiceRefused {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new ServiceRefused("the LMS named a line item URL that is not absolute");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ServiceRefused("the LMS named a line item URL that is not a URL");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
