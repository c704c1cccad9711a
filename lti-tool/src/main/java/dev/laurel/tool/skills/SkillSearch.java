package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.Assert;

/**
 * Searches the ESCO and O*NET skills: a type-ahead {@link #search}, criterion-based {@link #suggest} and
 * {@link #find}. The catalogue and its Lucene index are built in the background when the search starts; until
 * then every call throws {@link SkillIndexNotReadyException} and {@link #isReady()} is false. Thread-safe.
 */
public final class SkillSearch implements AutoCloseable {

    /** The most results one call returns. */
    public static final int MAX_LIMIT = 50;

    private static final Logger log = LoggerFactory.getLogger(SkillSearch.class);

    private final Supplier<SkillCatalog> catalog;
    private volatile CompletableFuture<Loaded> building;

    private SkillSearch(Supplier<SkillCatalog> catalog) {
        this.catalog = catalog;
    }

    /** Starts building from {@code catalog} now, on a background thread named {@code skills-index}. */
    public static SkillSearch startBuilding(Supplier<SkillCatalog> catalog) {
        SkillSearch search = new SkillSearch(catalog);
        search.loaded();
        return search;
    }

    /**
     * Builds from {@code catalog} in the background when first used (any call, {@link #isReady()} included):
     * for a context that may never search, such as most test contexts.
     */
    public static SkillSearch buildOnFirstUse(Supplier<SkillCatalog> catalog) {
        return new SkillSearch(catalog);
    }

    private CompletableFuture<Loaded> loaded() {
        CompletableFuture<Loaded> current = building;
        if (current == null) {
            synchronized (this) {
                if (building == null) {
                    building = build(catalog);
                }
                current = building;
            }
        }
        return current;
    }

    private static CompletableFuture<Loaded> build(Supplier<SkillCatalog> catalog) {
        CompletableFuture<Loaded> future = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                future.complete(Loaded.build(catalog));
            }
            catch (RuntimeException | Error ex) {
                log.error("skills_index_failed: the skills index could not be built", ex);
                future.completeExceptionally(ex);
            }
        }, "skills-index");
        builder.setDaemon(true);
        builder.start();
        return future;
    }

    /** Whether the index is built and calls can be answered. */
    public boolean isReady() {
        CompletableFuture<Loaded> current = loaded();
        return current.isDone() && !current.isCompletedExceptionally();
    }

    /** Waits at most {@code timeout} for the index; whether it is ready. */
    public boolean awaitReady(Duration timeout) {
        try {
            loaded().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        catch (TimeoutException | ExecutionException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How long building took and how many skills it indexed, once ready. */
    public Optional<SkillIndexStatistics> statistics() {
        return isReady() ? Optional.of(loaded().join().statistics()) : Optional.empty();
    }

    /** The catalogue behind the index. */
    public SkillCatalog catalog() {
        return ready().catalog();
    }

    /**
     * The skills whose labels match {@code query} as typed so far (prefix of the last word, one or two typos per
     * word), best first, at most {@code limit}, only from {@code framework} unless it is {@code null}.
     */
    public List<SkillMatch> search(String query, int limit, Framework framework) {
        Assert.notNull(query, "query cannot be null");
        checkLimit(limit);
        Loaded index = ready();
        Query typeAhead = TypeAheadQuery.of(query, index.index().analyzer());
        return typeAhead == null ? List.of() : index.top(filtered(typeAhead, framework), limit);
    }

    /** The skills most like a rubric criterion's text (its name and description), best first. */
    public List<SkillMatch> suggest(String criterionText, int limit) {
        return suggest(criterionText, limit, null);
    }

    /** As {@link #suggest(String, int)}, only from {@code framework} unless it is {@code null}. */
    public List<SkillMatch> suggest(String criterionText, int limit, Framework framework) {
        Assert.notNull(criterionText, "criterionText cannot be null");
        checkLimit(limit);
        Loaded index = ready();
        Query like = CriterionQuery.of(criterionText, index.index().searcher().getIndexReader(),
                index.index().analyzer());
        return like == null ? List.of() : index.top(filtered(like, framework), limit);
    }

    /** The skill with {@code uri}: an ESCO concept URI or an O*NET descriptor URL. */
    public Optional<Skill> find(String uri) {
        return ready().catalog().find(uri);
    }

    private static Query filtered(Query query, Framework framework) {
        if (framework == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(SkillFields.FRAMEWORK, framework.name())), Occur.FILTER).build();
    }

    private static void checkLimit(int limit) {
        Assert.isTrue(limit >= 1 && limit <= MAX_LIMIT, () -> "limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }

    private Loaded ready() {
        if (!isReady()) {
            throw new SkillIndexNotReadyException(loaded().isCompletedExceptionally());
        }
        return loaded().join();
    }

    @Override
    public void close() {
        CompletableFuture<Loaded> current = building;
        if (current != null) {
            current.thenAccept(index -> index.index().close());
        }
    }

    private record Loaded(SkillCatalog catalog, SkillIndex index, SkillIndexStatistics statistics) {

        static Loaded build(Supplier<SkillCatalog> source) {
            long start = System.nanoTime();
            SkillCatalog catalog = source.get();
            long loadedAt = System.nanoTime();
            SkillIndex index = SkillIndex.build(catalog);
            long end = System.nanoTime();
            SkillIndexStatistics statistics = new SkillIndexStatistics(index.size(), catalog.count(Framework.ESCO),
                    catalog.count(Framework.ONET), Duration.ofNanos(loadedAt - start), Duration.ofNanos(end - loadedAt));
            log.info("Skills index ready: {} skills ({} ESCO, {} O*NET) loaded in {} ms, indexed in {} ms",
                    statistics.indexed(), statistics.esco(), statistics.onet(), statistics.loading().toMillis(),
                    statistics.indexing().toMillis());
            return new Loaded(catalog, index, statistics);
        }

        List<SkillMatch> top(Query query, int limit) {
            try {
                TopDocs top = index.searcher().search(query, limit);
                List<SkillMatch> matches = new ArrayList<>(top.scoreDocs.length);
                StoredFields storedFields = index.searcher().storedFields();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document document = storedFields.document(hit.doc);
                    catalog.find(document.get(SkillFields.URI))
                            .ifPresent(skill -> matches.add(SkillMatch.of(skill, hit.score)));
                }
                return matches;
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
