package dev.laurel.tool.coursesync;

import dev.laurel.tool.ags.AgsLineItemClient;
import dev.laurel.tool.ags.AgsResult;
import dev.laurel.tool.ags.AgsResultClient;
import dev.laurel.tool.ags.LineItem;
import dev.laurel.tool.ags.LineItemFilter;
import dev.laurel.tool.ags.Page;
import dev.laurel.tool.coursesync.CourseSyncStore.Cursor;
import dev.laurel.tool.coursesync.CourseSyncStore.SyncRecord;
import dev.laurel.tool.nrps.MembershipPage;
import dev.laurel.tool.nrps.MembershipQuery;
import dev.laurel.tool.nrps.NrpsMembershipClient;
import dev.laurel.tool.services.PlatformServiceException;
import dev.laurel.tool.services.PlatformServices;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one course sync: the roster chain (NRPS pages, or the stored {@code differences} link) and, after the
 * line-item pages, one chain of result pages per line item, all chains at once (the results token is asked for
 * while the line items are read). Each chain requests its next page as soon as the previous one arrived, while
 * the pages before are written in order; a page's rows and its cursor move are one transaction, so a run that
 * stops (failure, restart) resumes at the first unwritten page and never stores a row twice.
 */
@Component
public class CourseSyncRunner {

    static final String MEMBERS = "members";

    static final String MEMBER_DIFFERENCES = "members-differences";

    static final String LINE_ITEMS = "line-items";

    static final String RESULTS = "results:";

    private static final Logger log = LoggerFactory.getLogger(CourseSyncRunner.class);

    private final CourseSyncStore store;

    private final CourseRowWriter rows;

    private final NrpsMembershipClient memberships;

    private final AgsLineItemClient lineItems;

    private final AgsResultClient results;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final CourseSyncProperties properties;

    private final Clock clock;

    CourseSyncRunner(CourseSyncStore store, CourseRowWriter rows, NrpsMembershipClient memberships,
            AgsLineItemClient lineItems, AgsResultClient results, TransactionTemplate transactions,
            ApplicationEventPublisher events, CourseSyncProperties properties, Clock clock) {
        this.store = store;
        this.rows = rows;
        this.memberships = memberships;
        this.lineItems = lineItems;
        this.results = results;
        this.transactions = transactions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs (or resumes) the sync {@code syncId}; throws when a chain failed, after recording the error. */
    public void run(long syncId) {
        SyncRecord sync = store.load(syncId).orElseThrow(() -> new IllegalArgumentException("course_sync_not_found"));
        if (sync.state() == CourseSyncState.RUNNING || sync.state() == CourseSyncState.FAILED) {
            store.resume(syncId);
        }
        else {
            store.startFresh(syncId, startCursors(sync), clock.instant());
        }
        SyncRecord running = store.load(syncId).orElseThrow();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService fetchers = Executors.newFixedThreadPool(properties.parallelChains(),
                runnable -> daemon(runnable, "course-sync-" + syncId + "-fetch-" + threads.incrementAndGet()));
        ExecutorService writers = Executors.newFixedThreadPool(properties.writerThreads(),
                runnable -> daemon(runnable, "course-sync-" + syncId + "-write-" + threads.incrementAndGet()));
        try {
            List<CompletableFuture<Void>> chains = new ArrayList<>();
            if (running.services().lineItemsUrl() != null) {
                CompletableFuture.runAsync(() -> results.prefetchToken(running.services()), fetchers);
            }
            chains.add(CompletableFuture.runAsync(() -> syncMembers(running, writers), fetchers));
            chains.add(CompletableFuture.runAsync(() -> syncLineItems(running, writers), fetchers)
                    .thenCompose(done -> CompletableFuture.allOf(store.openCursors(syncId, RESULTS).stream()
                            .map(cursor -> CompletableFuture.runAsync(() -> syncResults(running, cursor, writers), fetchers))
                            .toArray(CompletableFuture[]::new))));
            awaitAll(chains);
            store.complete(syncId, clock.instant());
            CourseSyncProgress progress = store.progress(running.course()).orElseThrow();
            events.publishEvent(new CourseSyncCompletedEvent(running.course(), syncId, progress.members(),
                    progress.lineItems(), progress.results(), clock.instant()));
        }
        catch (RuntimeException ex) {
            String code = ex instanceof PlatformServiceException failure ? failure.code() : "course_sync_failed";
            log.warn("Course sync {} failed: {}", syncId, ex.getMessage());
            store.fail(syncId, code, ex.getMessage(), clock.instant());
            throw ex;
        }
        finally {
            fetchers.shutdownNow();
            writers.shutdownNow();
        }
    }

    private Map<String, URI> startCursors(SyncRecord sync) {
        PlatformServices services = sync.services();
        Map<String, URI> cursors = new LinkedHashMap<>();
        if (services.membershipsUrl() != null) {
            if (sync.differencesUrl() != null) {
                cursors.put(MEMBER_DIFFERENCES, sync.differencesUrl());
            }
            else {
                cursors.put(MEMBERS, memberships.firstPage(services, MembershipQuery.all().withLimit(properties.pageSize())));
            }
        }
        if (services.lineItemsUrl() != null) {
            cursors.put(LINE_ITEMS, lineItems.firstPage(services, LineItemFilter.all().withLimit(properties.pageSize())));
        }
        return cursors;
    }

    private void syncMembers(SyncRecord sync, ExecutorService writers) {
        for (String key : List.of(MEMBERS, MEMBER_DIFFERENCES)) {
            store.cursor(sync.id(), key).filter(cursor -> !cursor.done()).ifPresent(cursor -> {
                runChain(sync, cursor, url -> memberships.page(sync.services(), url), MembershipPage::next, (page, next) -> {
                    rows.members(sync.id(), page.members(), clock.instant());
                    if (page.differences() != null) {
                        store.saveDifferences(sync.id(), page.differences());
                    }
                    if (next == null && MEMBERS.equals(key)) {
                        rows.markDeparted(sync.id(), sync.startedAt());
                    }
                }, writers);
            });
        }
    }

    private void syncLineItems(SyncRecord sync, ExecutorService writers) {
        store.cursor(sync.id(), LINE_ITEMS).filter(cursor -> !cursor.done()).ifPresent(cursor ->
                runChain(sync, cursor, url -> lineItems.page(sync.services(), url), Page::next, (page, next) ->
                        rows.lineItems(sync.id(), page.items(), clock.instant()).forEach((url, rowId) ->
                                store.ensureCursor(sync.id(), RESULTS + rowId,
                                        AgsResultClient.firstPage(URI.create(url), null, properties.pageSize()))),
                        writers));
    }

    private void syncResults(SyncRecord sync, Cursor cursor, ExecutorService writers) {
        long lineItemRowId = Long.parseLong(cursor.key().substring(RESULTS.length()));
        runChain(sync, cursor, url -> results.page(sync.services(), url), Page::next,
                new ResultPages(lineItemRowId, !rows.hasResults(lineItemRowId)), writers);
    }

    /**
     * Reads a chain of pages from its cursor: each page is requested as soon as the previous one arrived, while the
     * pages before are written, in order, each with its cursor move; at most {@code pagesAhead} pages wait for their
     * write. A failed write fails the chain before any later page is written; a failed request fails it once the
     * pages fetched before are written.
     */
    private <P> void runChain(SyncRecord sync, Cursor cursor, Function<URI, P> fetch, Function<P, URI> nextOf,
            PageWriter<P> writer, ExecutorService writers) {
        URI next = cursor.next();
        Deque<CompletableFuture<Void>> pendingWrites = new ArrayDeque<>();
        CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
        while (next != null) {
            P page;
            try {
                page = fetch.apply(next);
            }
            catch (RuntimeException ex) {
                finishWrites(written, ex);
                throw ex;
            }
            URI following = nextOf.apply(page);
            while (!pendingWrites.isEmpty() && (pendingWrites.peekFirst().isDone()
                    || pendingWrites.size() >= Math.max(1, properties.pagesAhead()))) {
                pendingWrites.removeFirst().join();
            }
            written = written.thenRunAsync(() -> writePage(sync, cursor, writer, page, following), writers);
            pendingWrites.addLast(written);
            next = following;
        }
        written.join();
    }

    private static void finishWrites(CompletableFuture<Void> written, RuntimeException failure) {
        try {
            written.join();
        }
        catch (CompletionException writeFailure) {
            failure.addSuppressed(writeFailure.getCause() == null ? writeFailure : writeFailure.getCause());
        }
    }

    /** Writes a page and moves its cursor in one transaction; again, upserting, if it repeated rows stored before. */
    private <P> void writePage(SyncRecord sync, Cursor cursor, PageWriter<P> writer, P page, URI following) {
        try {
            writePageOnce(sync, cursor, writer, page, following);
        }
        catch (DuplicateKeyException ex) {
            if (!writer.upsertFromNowOn()) {
                throw ex;
            }
            writePageOnce(sync, cursor, writer, page, following);
        }
    }

    private <P> void writePageOnce(SyncRecord sync, Cursor cursor, PageWriter<P> writer, P page, URI following) {
        transactions.executeWithoutResult(status -> {
            rows.relaxCommitDurability();
            writer.write(page, following);
            store.advance(sync.id(), cursor.key(), following);
        });
    }

    private static void awaitAll(List<CompletableFuture<Void>> chains) {
        RuntimeException first = null;
        for (CompletableFuture<Void> chain : chains) {
            try {
                chain.join();
            }
            catch (CompletionException ex) {
                Throwable cause = ex;
                while (cause instanceof CompletionException && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                if (first == null) {
                    first = cause instanceof RuntimeException runtime ? runtime : ex;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Writes one fetched page; runs inside the page's transaction. */
    @FunctionalInterface
    private interface PageWriter<P> {

        void write(P page, URI next);

        /**
         * After a page failed for repeating a row stored before: switches to upserting and returns true, or returns
         * false when the writer upserts already (the failure is then real).
         */
        default boolean upsertFromNowOn() {
            return false;
        }
    }

    /**
     * A line item's result pages: inserted while none of its results was stored before the chain started (the
     * first read of a line item: about half the database work of upserts), upserted from the first page that
     * repeats a stored learner (a platform whose pages shifted) and in every later read.
     */
    private final class ResultPages implements PageWriter<Page<AgsResult>> {

        private final long lineItemRowId;

        private volatile boolean newRowsOnly;

        ResultPages(long lineItemRowId, boolean newRowsOnly) {
            this.lineItemRowId = lineItemRowId;
            this.newRowsOnly = newRowsOnly;
        }

        @Override
        public void write(Page<AgsResult> page, URI next) {
            rows.results(lineItemRowId, page.items(), clock.instant(), newRowsOnly);
        }

        @Override
        public boolean upsertFromNowOn() {
            boolean switched = newRowsOnly;
            newRowsOnly = false;
            return switched;
        }
    }
}
