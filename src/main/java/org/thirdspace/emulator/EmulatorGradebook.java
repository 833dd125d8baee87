package org.thirdspace.emulator;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulated LMS's gradebook, in memory: per course its line items and each learner's latest
 * score, the AGS scopes its launches offer, and the faults tests ask it to answer with.
 */
@ApplicationScoped
public class EmulatorGradebook {

    static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String LINE_ITEM_READ_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final String RESULT_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final List<String> ALL_SCOPES = List.of(LINE_ITEM_SCOPE, LINE_ITEM_READ_SCOPE, RESULT_SCOPE, SCORE_SCOPE);

    /** What the next score posts of a course answer with, instead of taking the score. */
    enum Fault { UNAUTHORIZED, CONFLICT, UNAVAILABLE, SLOW }

    record LineItem(String id, String label, int scoreMaximum, String resourceLinkId, String tag) {
    }

    record Score(String userId, Number scoreGiven, Number scoreMaximum, String activityProgress, String gradingProgress,
                 Instant timestamp) {
    }

    static final class Course {
        final Map<String, LineItem> lineItems = new ConcurrentHashMap<>();
        final Map<String, Map<String, Score>> scores = new ConcurrentHashMap<>();
        volatile List<String> scopes = ALL_SCOPES;
        volatile Fault fault;
        final AtomicInteger faultsLeft = new AtomicInteger();
        final AtomicInteger scorePosts = new AtomicInteger();
    }

    private final Map<String, Course> courses = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    Course course(String courseId) {
        return courses.computeIfAbsent(courseId, id -> new Course());
    }

    List<String> scopes(String courseId) {
        return course(courseId).scopes;
    }

    void offerScopes(String courseId, List<String> scopes) {
        course(courseId).scopes = List.copyOf(scopes);
    }

    LineItem create(String courseId, String label, int scoreMaximum, String resourceLinkId, String tag) {
        String id = String.valueOf(ids.incrementAndGet());
        LineItem item = new LineItem(id, label, scoreMaximum, resourceLinkId, tag);
        course(courseId).lineItems.put(id, item);
        return item;
    }

    List<LineItem> lineItems(String courseId, String resourceLinkId, String tag) {
        List<LineItem> items = new ArrayList<>();
        for (LineItem item : course(courseId).lineItems.values()) {
            if ((resourceLinkId == null || resourceLinkId.equals(item.resourceLinkId())) && (tag == null || tag.equals(item.tag()))) {
                items.add(item);
            }
        }
        items.sort((a, b) -> Long.compare(Long.parseLong(a.id()), Long.parseLong(b.id())));
        return items;
    }

    /** Deletes every line item of the course and its scores, as a teacher deleting the column would. */
    void deleteLineItems(String courseId) {
        Course course = course(courseId);
        course.lineItems.clear();
        course.scores.clear();
    }

    /** The next {@code times} score posts answer with this fault. */
    void fail(String courseId, Fault fault, int times) {
        Course course = course(courseId);
        course.fault = fault;
        course.faultsLeft.set(times);
    }

    /** The fault this score post must answer with, or null. */
    Fault takeFault(String courseId) {
        Course course = course(courseId);
        course.scorePosts.incrementAndGet();
        Fault fault = course.fault;
        if (fault == null) {
            return null;
        }
        return course.faultsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? fault : null;
    }

    /** Takes a score unless it is not newer than the learner's last one (AGS 2.0 §3.4.5): false then. */
    synchronized boolean score(String courseId, String lineItemId, Score score) {
        Map<String, Score> scores = course(courseId).scores.computeIfAbsent(lineItemId, id -> new ConcurrentHashMap<>());
        Score previous = scores.get(score.userId());
        if (previous != null && !score.timestamp().isAfter(previous.timestamp())) {
            return false;
        }
        scores.put(score.userId(), score);
        return true;
    }

    Map<String, Score> scores(String courseId, String lineItemId) {
        return new LinkedHashMap<>(course(courseId).scores.getOrDefault(lineItemId, Map.of()));
    }

    int scorePosts(String courseId) {
        return course(courseId).scorePosts.get();
    }

    static boolean known(Set<String> scopes) {
        return ALL_SCOPES.containsAll(scopes);
    }
}
