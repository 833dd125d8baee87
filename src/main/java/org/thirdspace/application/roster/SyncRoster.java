package org.thirdspace.application.roster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.thirdspace.application.lms.PagingGuard;
import org.thirdspace.application.lms.RosterPage;
import org.thirdspace.application.lms.RosterSource;
import org.thirdspace.application.lms.ServiceFailure;
import org.thirdspace.application.lms.ServiceRefused;
import org.thirdspace.application.lms.ServiceUnavailable;
import org.thirdspace.community.roster.RosterPageOutcome;
import org.thirdspace.community.roster.RosterSyncMode;
import org.thirdspace.config.ToolSettings;
import org.thirdspace.database.DatabaseFailures;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one roster sync of a course, in the background, holding the course's lease.
 *
 * <ol>
 *   <li>The course's groups, when the LMS offers the Course Groups Service; trouble there is
 *       recorded as a warning and the roster goes on.</li>
 *   <li>The roster, page by page: each page is applied in its own transaction while the next is
 *       read, so at most two pages are in memory (flat, whatever the roster size) and progress is
 *       visible. With a {@code differences} link from
 *       the last complete run, only the changes are read (NRPS 2.0 §2.4.2); if the platform no
 *       longer honours that link, the whole roster is read instead.</li>
 *   <li>Only when every page has been read: members a full roster did not list lose access, the
 *       next differences link is kept, the roster is marked current. A run that stops part-way
 *       (a fault, a malformed or missing page, paging that cannot be followed, a lost lease)
 *       keeps what it applied — all of it data the LMS sent in full — and takes no one's access
 *       away: it never decides on incomplete data.</li>
 * </ol>
 */
@ApplicationScoped
public class SyncRoster {

    /** How many times a page is applied when launches keep winning unique-key races against it. */
    static final int PAGE_ATTEMPTS = 6;
    private static final Logger LOG = Logger.getLogger(SyncRoster.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Statuses with which a platform says a differences link is no longer valid. */
    private static final Set<Integer> EXPIRED_LINK = Set.of(400, 404, 410);

    private RosterSyncSteps steps;
    private ApplyRosterPage applyPage;
    private ImportCourseGroups importGroups;
    private RosterSource source;
    private ToolSettings settings;

    @Resource
    ManagedThreadFactory threads;

    /** Reads the next page while the current one is applied; threads are made on demand, so a run never waits for a free one. */
    private ExecutorService pages;

    protected SyncRoster() {
    }

    @Inject
    public SyncRoster(RosterSyncSteps steps, ApplyRosterPage applyPage, ImportCourseGroups importGroups, RosterSource source,
                      ToolSettings settings) {
        this.steps = steps;
        this.applyPage = applyPage;
        this.importGroups = importGroups;
        this.source = source;
        this.settings = settings;
    }

    @PostConstruct
    void start() {
        pages = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        pages.shutdownNow();
    }

    public void run(UUID syncId) {
        RosterPlan plan;
        try {
            plan = steps.plan(syncId);
        } catch (SyncStopped e) {
            steps.fail(syncId, e.getMessage());
            return;
        } catch (RuntimeException e) {
            steps.fail(syncId, unexpected(syncId, e));
            return;
        }
        try {
            if (plan.services().offersGroups()) {
                importGroups.run(plan);
            }
            if (plan.differencesUrl() != null) {
                readDifferences(plan);
            } else {
                readWhole(plan);
            }
        } catch (SyncStopped e) {
            steps.fail(syncId, e.getMessage());
        } catch (RuntimeException e) {
            steps.fail(syncId, unexpected(syncId, e));
        }
    }

    private void readDifferences(RosterPlan plan) throws SyncStopped {
        try {
            read(plan, RosterSyncMode.DIFFERENCES, URI.create(plan.differencesUrl()));
        } catch (SyncStopped e) {
            if (e.getCause() instanceof ServiceRefused refused && EXPIRED_LINK.contains(refused.status())
                    && steps.pagesFetched(plan) == 0) {
                steps.warnAndForgetDifferences(plan, "the differences link was refused (HTTP " + refused.status()
                        + "); the whole roster was read instead");
                readWhole(plan);
            } else {
                throw e;
            }
        }
    }

    /**
     * The course's whole roster: without {@code rlid} (NRPS 2.0 §2.4.3), since a link-level listing
     * names only who may reach that link (an access restriction on the activity hides the rest) and
     * fails for good once the activity is deleted. Only when link-level listings are configured is
     * the latest launched link asked about; such a listing takes nobody's access away, and a link the
     * platform refuses is forgotten in favour of the course's roster.
     */
    private void readWhole(RosterPlan plan) throws SyncStopped {
        String link = settings.rosterLinkLevel() ? plan.services().resourceLinkKey() : null;
        if (link == null) {
            read(plan, RosterSyncMode.FULL, source.firstPage(plan.services().membershipsUrl(), null), true);
            return;
        }
        try {
            read(plan, RosterSyncMode.FULL, source.firstPage(plan.services().membershipsUrl(), link), false);
        } catch (SyncStopped e) {
            if (e.getCause() instanceof ServiceRefused refused && EXPIRED_LINK.contains(refused.status())
                    && steps.pagesFetched(plan) == 0) {
                steps.warnAndForgetLink(plan, "the roster of the resource link was refused (HTTP " + refused.status()
                        + "); the course's roster was read instead");
                read(plan, RosterSyncMode.FULL, source.firstPage(plan.services().membershipsUrl(), null), true);
            } else {
                throw e;
            }
        }
    }

    private void read(RosterPlan plan, RosterSyncMode mode, URI first) throws SyncStopped {
        read(plan, mode, first, true);
    }

    /** {@code complete}: whether the listing names everyone in the course, so that the unlisted may lose access. */
    private void read(RosterPlan plan, RosterSyncMode mode, URI first, boolean complete) throws SyncStopped {
        steps.readsAs(plan, mode);
        // The groups were imported before the roster; they do not change during the run.
        Map<String, UUID> groupIds = steps.activeGroupIds(plan);
        PagingGuard guard = new PagingGuard(first, settings.rosterMaxPages());
        URI differences = null;
        int page = 1;
        Future<RosterPage> fetching = fetch(plan, first);
        try {
            while (fetching != null) {
                RosterPage rosterPage = await(fetching);
                // The next page is checked (origin, loop, cap) before it is asked for, then read
                // while this one is applied: at most two pages are in memory at any time.
                URI next = guard.follow(rosterPage.next());
                fetching = next == null ? null : fetch(plan, next);
                if (apply(plan, rosterPage, groupIds) == null) {
                    throw new SyncStopped("stopped after page " + (page - 1) + ": another run took over this course "
                            + "(this one had not shown progress within the lease time)", null);
                }
                if (rosterPage.differences() != null) {
                    if (guard.sameOrigin(rosterPage.differences())) {
                        differences = rosterPage.differences();
                    } else {
                        steps.warn(plan, "the platform's differences link points to another origin; it was ignored");
                    }
                }
                if (fetching != null) {
                    page++;
                }
            }
        } catch (ServiceFailure e) {
            String retried = e instanceof ServiceUnavailable ? " (still failing after retries)" : "";
            throw new SyncStopped("roster page " + page + ": "
                    + e.getMessage() + retried + "; nothing was taken away, the roster stays as it was before this run", e);
        } finally {
            if (fetching != null) {
                fetching.cancel(true);
            }
        }
        if (!steps.complete(plan, mode, complete, differences == null ? null : differences.toString())) {
            throw new SyncStopped("another run took over this course before this one could finish", null);
        }
        LOG.info(() -> "Roster sync " + plan.syncId() + " of course " + plan.courseId() + " finished (" + mode + ")");
    }

    private Future<RosterPage> fetch(RosterPlan plan, URI url) {
        return pages.submit(() -> source.page(plan.account(), url));
    }

    private static RosterPage await(Future<RosterPage> page) throws ServiceFailure, SyncStopped {
        try {
            return page.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ServiceFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncStopped("interrupted (the server is stopping)", e);
        }
    }

    /**
     * Applies a page; again when its transaction lost a race on a unique key — people of the page
     * launching for the first time at that moment insert the same people and memberships. The
     * whole page is applied anew in a new transaction, which finds the rows the launches
     * committed; applying a page twice changes nothing the second time. Launches keep coming while
     * a page is applied, so a few attempts are allowed, each after a short, varying pause.
     */
    private RosterPageOutcome apply(RosterPlan plan, RosterPage page, Map<String, UUID> groupIds) {
        for (int attempt = 1; ; attempt++) {
            try {
                return applyPage.apply(plan, page, groupIds);
            } catch (PersistenceException | TransactionalException e) {
                if (attempt >= PAGE_ATTEMPTS || !DatabaseFailures.isUniqueKeyRace(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> "Roster sync " + plan.syncId() + ": page applied again after a unique-key race (attempt " + tried + ")");
                pause(RANDOM.nextInt(20, 60) * attempt);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Logged without exception messages: a database's can quote the row (names, e-mail addresses). */
    private static String unexpected(UUID syncId, RuntimeException e) {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes);
        LOG.log(Level.SEVERE, "Roster sync " + syncId + " failed unexpectedly [" + reference + "]", DatabaseFailures.withoutMessages(e));
        return "unexpected failure (reference " + reference + " in the server log)";
    }
}
