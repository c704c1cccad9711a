package dev.laurel.tool.badges.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issuance runs and their items ({@code badge_issuance_run}, {@code badge_issuance_item}). A run and its items are
 * stored together; an item changes only from {@code PENDING} to done, and the run's counters grow by the items
 * that actually changed, so a chunk recorded twice (a retry after a crash) counts once.
 */
@Repository
public class IssuanceRuns {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final String RUN_COLUMNS = "id, course_id, request_key, badge_ids, requested_by, automatic, state, total, "
            + "issued, skipped, failed, last_error, requested_at, started_at, finished_at";
    private static final TypeReference<Map<String, String>> LEVELS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper mapper;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    IssuanceRuns(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper mapper, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.mapper = mapper;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
    }

    /** A (badge, learner) to issue. */
    public record ItemKey(long badgeId, String userId) implements Comparable<ItemKey> {

        @Override
        public int compareTo(ItemKey other) {
            int byBadge = Long.compare(badgeId, other.badgeId);
            return byBadge != 0 ? byBadge : userId.compareTo(other.userId);
        }
    }

    /** A pending item with what the runner needs: the learner's latest verdict and their award of the badge in force. */
    record PendingItem(ItemKey key, Boolean qualifies, Map<String, String> levels, String awardedCredential) {
    }

    /** A done item: its new state, the reason code and message, the credential. */
    record ItemResult(ItemKey key, String state, String errorCode, String errorMessage, String credentialUuid) {
    }

    /** The result of asking for a run: its id, and whether this request created it (false: a double submit). */
    public record Requested(long runId, boolean created) {
    }

    /**
     * Stores a run with its items (one transaction); a second request with the same {@code requestKey} in the
     * course creates nothing and answers the first run.
     */
    Requested create(long courseId, String requestKey, List<Long> badgeIds, String requestedBy, boolean automatic,
            List<ItemKey> items, Instant now) {
        try {
            return transaction.execute(status -> {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO badge_issuance_run (course_id, request_key, badge_ids, requested_by, automatic, state,
                            total, issued, skipped, failed, requested_at)
                        VALUES (?, ?, ?, ?, ?, 'REQUESTED', ?, 0, 0, 0, ?)""")
                    .params(courseId, requestKey, badgeIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                            requestedBy, automatic, items.size(), at(now))
                    .update(keys, "id");
                long runId = keys.getKey().longValue();
                List<ItemKey> sorted = items.stream().distinct().sorted().toList();
                for (int from = 0; from < sorted.size(); from += ROWS_PER_STATEMENT) {
                    List<ItemKey> part = sorted.subList(from, Math.min(sorted.size(), from + ROWS_PER_STATEMENT));
                    List<Object> params = new ArrayList<>(part.size() * 3);
                    part.forEach(item -> params.addAll(List.of(runId, item.badgeId(), item.userId())));
                    jdbc.sql("INSERT INTO badge_issuance_item (run_id, badge_id, user_id, state) VALUES "
                            + String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?, 'PENDING')")))
                        .params(params).update();
                }
                return new Requested(runId, true);
            });
        }
        catch (DuplicateKeyException sameRequest) {
            return new Requested(jdbc.sql("SELECT id FROM badge_issuance_run WHERE course_id = ? AND request_key = ?")
                .params(courseId, requestKey).query(Long.class).single(), false);
        }
    }

    /**
     * Stores a run issuing each of {@code badgeIds} to everyone who qualifies for it and was never awarded it (a learner
     * whose badge was revoked is issued again only when an instructor selects them), its items selected and inserted by
     * the database (one statement per badge); empty, and nothing stored, when nobody is left. A second request with the
     * same {@code requestKey} answers the first run.
     */
    Optional<Requested> createForQualifying(long courseId, String requestKey, List<Long> badgeIds, String requestedBy,
            boolean automatic, Instant now) {
        try {
            return transaction.execute(status -> {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO badge_issuance_run (course_id, request_key, badge_ids, requested_by, automatic, state,
                            total, issued, skipped, failed, requested_at)
                        VALUES (?, ?, ?, ?, ?, 'REQUESTED', 0, 0, 0, 0, ?)""")
                    .params(courseId, requestKey, badgeIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                            requestedBy, automatic, at(now))
                    .update(keys, "id");
                long runId = keys.getKey().longValue();
                int total = 0;
                for (long badgeId : badgeIds) {
                    total += jdbc.sql("""
                            INSERT INTO badge_issuance_item (run_id, badge_id, user_id, state)
                            SELECT ?, e.badge_id, e.user_id, 'PENDING' FROM badge_eligibility e
                            WHERE e.badge_id = ? AND e.qualifies = TRUE
                              AND NOT EXISTS (SELECT 1 FROM badge_award a WHERE a.badge_id = e.badge_id AND a.user_id = e.user_id)""")
                        .params(runId, badgeId).update();
                }
                if (total == 0) {
                    status.setRollbackOnly();
                    return Optional.<Requested>empty();
                }
                jdbc.sql("UPDATE badge_issuance_run SET total = ? WHERE id = ?").params(total, runId).update();
                return Optional.of(new Requested(runId, true));
            });
        }
        catch (DuplicateKeyException sameRequest) {
            return Optional.of(new Requested(jdbc.sql("SELECT id FROM badge_issuance_run WHERE course_id = ? AND request_key = ?")
                .params(courseId, requestKey).query(Long.class).single(), false));
        }
    }

    /**
     * The learners who qualify for the badge now and were never awarded it (a learner who left the course never
     * qualifies), by user id.
     */
    List<String> qualifyingWithoutAward(long badgeId) {
        return jdbc.sql("""
                SELECT e.user_id FROM badge_eligibility e WHERE e.badge_id = ? AND e.qualifies = TRUE
                  AND NOT EXISTS (SELECT 1 FROM badge_award a WHERE a.badge_id = e.badge_id AND a.user_id = e.user_id)
                ORDER BY e.user_id""").param(badgeId).query(String.class).list();
    }

    /**
     * The learners who qualify for the badge now and hold no award of it in force: those never awarded it and those
     * whose award was revoked, by user id.
     */
    List<String> qualifyingWithoutActiveAward(long badgeId) {
        return jdbc.sql("""
                SELECT e.user_id FROM badge_eligibility e WHERE e.badge_id = ? AND e.qualifies = TRUE
                  AND NOT EXISTS (SELECT 1 FROM badge_award a WHERE a.badge_id = e.badge_id AND a.user_id = e.user_id
                                  AND a.active = 'Y')
                ORDER BY e.user_id""").param(badgeId).query(String.class).list();
    }

    public Optional<IssuanceRun> find(long runId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM badge_issuance_run WHERE id = ?").param(runId)
            .query(this::run).optional();
    }

    /** The course's latest runs, newest first. */
    public List<IssuanceRun> recent(long courseId, int limit) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM badge_issuance_run WHERE course_id = ? ORDER BY requested_at DESC, id DESC "
                + "FETCH FIRST " + Math.max(1, Math.min(limit, 100)) + " ROWS ONLY")
            .param(courseId).query(this::run).list();
    }

    /** Marks the run running (keeping its first start); false when it is completed. */
    boolean start(long runId, Instant now) {
        return jdbc.sql("""
                UPDATE badge_issuance_run SET state = 'RUNNING', started_at = COALESCE(started_at, ?), last_error = NULL
                WHERE id = ? AND state <> 'COMPLETED'""").params(at(now), runId).update() == 1;
    }

    void complete(long runId, Instant now) {
        jdbc.sql("UPDATE badge_issuance_run SET state = 'COMPLETED', finished_at = ? WHERE id = ?").params(at(now), runId).update();
    }

    void fail(long runId, String error, Instant now) {
        jdbc.sql("UPDATE badge_issuance_run SET state = 'FAILED', last_error = ?, finished_at = ? WHERE id = ? AND state <> 'COMPLETED'")
            .params(error.length() <= 1000 ? error : error.substring(0, 1000), at(now), runId).update();
    }

    /** Up to {@code limit} pending items after {@code after} (null: from the start), in (badge, learner) order. */
    List<PendingItem> pending(long runId, ItemKey after, int limit) {
        // the verdict and the award are looked up for the chunk's rows only (scalar subqueries by primary key, after
        // the limit), and a row-value keyset lets the primary key's order serve the ORDER BY: no plan joins the run
        String sql = """
                SELECT i.badge_id, i.user_id,
                    (SELECT e.qualifies FROM badge_eligibility e WHERE e.badge_id = i.badge_id AND e.user_id = i.user_id) AS qualifies,
                    (SELECT e.levels FROM badge_eligibility e WHERE e.badge_id = i.badge_id AND e.user_id = i.user_id) AS levels,
                    (SELECT a.credential_uuid FROM badge_award a WHERE a.badge_id = i.badge_id AND a.user_id = i.user_id
                        AND a.active = 'Y') AS awarded
                FROM badge_issuance_item i WHERE i.run_id = ? AND i.state = 'PENDING'"""
                + (after == null ? "" : " AND (i.badge_id, i.user_id) > (?, ?)")
                + " ORDER BY i.badge_id, i.user_id FETCH FIRST " + limit + " ROWS ONLY";
        List<Object> params = new ArrayList<>(List.of(runId));
        if (after != null) {
            params.addAll(List.of(after.badgeId(), after.userId()));
        }
        return jdbc.sql(sql).params(params).query((rs, row) -> {
            boolean qualifies = rs.getBoolean("qualifies");
            Boolean verdict = rs.wasNull() ? null : qualifies;
            String levels = rs.getString("levels");
            return new PendingItem(new ItemKey(rs.getLong("badge_id"), rs.getString("user_id")), verdict,
                    levels == null ? Map.of() : mapper.readValue(levels, LEVELS), rs.getString("awarded"));
        }).list();
    }

    /**
     * Records a chunk's done items (call inside a transaction) and adds those that were still pending to the run's
     * counters; answers how many changed. The skipped and failed items are updated one by one (one JDBC batch); the
     * issued ones, usually the whole chunk, by one update of the chunk's key range, which holds no other pending item
     * (a chunk is every pending item of its range, and ranges of one run never overlap). Should the range hold any
     * other, that update is undone (a savepoint) and the issued items are updated one by one too.
     */
    int recordResults(long runId, List<ItemResult> results, Instant now) {
        if (results.isEmpty()) {
            return 0;
        }
        List<ItemResult> issuedResults = results.stream().filter(result -> IssuanceItem.ISSUED.equals(result.state())).toList();
        int skipped = update(runId, IssuanceItem.SKIPPED, results.stream()
            .filter(result -> IssuanceItem.SKIPPED.equals(result.state())).toList(), now);
        int failed = update(runId, IssuanceItem.FAILED, results.stream()
            .filter(result -> IssuanceItem.FAILED.equals(result.state())).toList(), now);
        int issued = issuedResults.isEmpty() ? 0 : issued(runId, results, issuedResults, now);
        if (issued + skipped + failed > 0) {
            jdbc.sql("UPDATE badge_issuance_run SET issued = issued + ?, skipped = skipped + ?, failed = failed + ? WHERE id = ?")
                .params(issued, skipped, failed, runId).update();
        }
        return issued + skipped + failed;
    }

    private int issued(long runId, List<ItemResult> chunk, List<ItemResult> issuedResults, Instant now) {
        ItemKey first = chunk.stream().map(ItemResult::key).min(ItemKey::compareTo).orElseThrow();
        ItemKey last = chunk.stream().map(ItemResult::key).max(ItemKey::compareTo).orElseThrow();
        try {
            return savepoint.execute(status -> {
                int changed = jdbc.sql("""
                        UPDATE badge_issuance_item SET state = 'ISSUED', done_at = ?
                        WHERE run_id = ? AND (badge_id, user_id) >= (?, ?) AND (badge_id, user_id) <= (?, ?) AND state = 'PENDING'""")
                    .params(at(now), runId, first.badgeId(), first.userId(), last.badgeId(), last.userId()).update();
                if (changed != issuedResults.size()) {
                    throw new RangeHeldOthers();
                }
                return changed;
            });
        }
        catch (RangeHeldOthers others) {
            return update(runId, IssuanceItem.ISSUED, issuedResults, now);
        }
    }

    /** The chunk's key range held pending items that are not the chunk's issued ones. */
    private static final class RangeHeldOthers extends RuntimeException {

        RangeHeldOthers() {
            super(null, null, false, false);
        }
    }

    /** Marks pending items done: one update by primary key per item, sent as one JDBC batch. */
    private int update(long runId, String state, List<ItemResult> results, Instant now) {
        if (results.isEmpty()) {
            return 0;
        }
        OffsetDateTime doneAt = at(now);
        int[] counts = jdbcTemplate.batchUpdate("""
                UPDATE badge_issuance_item SET state = ?, error_code = ?, error_message = ?, credential_uuid = ?, done_at = ?
                WHERE run_id = ? AND badge_id = ? AND user_id = ? AND state = 'PENDING'""",
                results.stream().sorted((a, b) -> a.key().compareTo(b.key()))
                    .map(result -> new Object[] {state, result.errorCode(), result.errorMessage(), result.credentialUuid(), doneAt,
                            runId, result.key().badgeId(), result.key().userId()})
                    .toList());
        return java.util.Arrays.stream(counts).map(count -> Math.max(count, 0)).sum();
    }

    /** The run's items in a state (e.g. the failed ones), up to {@code limit}. */
    public List<IssuanceItem> items(long runId, String state, int limit) {
        return jdbc.sql("SELECT run_id, badge_id, user_id, state, error_code, error_message, credential_uuid FROM badge_issuance_item "
                + "WHERE run_id = ? AND state = ? ORDER BY badge_id, user_id FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY")
            .params(runId, state)
            .query((rs, row) -> new IssuanceItem(rs.getLong("run_id"), rs.getLong("badge_id"), rs.getString("user_id"),
                    rs.getString("state"), rs.getString("error_code"), rs.getString("error_message"), rs.getString("credential_uuid")))
            .list();
    }

    private IssuanceRun run(ResultSet rs, int row) throws SQLException {
        List<Long> badgeIds = Arrays.stream(rs.getString("badge_ids").split(",")).filter(id -> !id.isBlank())
            .map(Long::valueOf).toList();
        return new IssuanceRun(rs.getLong("id"), rs.getLong("course_id"), rs.getString("request_key"), badgeIds,
                rs.getString("requested_by"), rs.getBoolean("automatic"), IssuanceRunState.valueOf(rs.getString("state")),
                rs.getInt("total"), rs.getInt("issued"), rs.getInt("skipped"), rs.getInt("failed"), rs.getString("last_error"),
                instant(rs, "requested_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
