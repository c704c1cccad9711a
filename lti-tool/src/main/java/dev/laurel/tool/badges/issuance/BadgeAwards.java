package dev.laurel.tool.badges.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code badge_award} table: every award of a badge to a learner, revoked ones included (their history), and at
 * most one in force per (badge, learner), kept by the unique key on (badge, learner, active) (V55). Recording an
 * award while one is in force is a no-op; two instances recording the same one at once make the later fail with a
 * duplicate key, which the caller retries (and then skips).
 */
@Repository
public class BadgeAwards {

    private static final String COLUMNS = "badge_id, user_id, credential_uuid, issued_at, issued_by, run_id, revoked_at, "
            + "revoked_by, revoke_reason";
    private static final String ACTIVE = "Y";

    private static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate savepoint;

    BadgeAwards(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Records the awards as the ones in force, in (badge, learner) order so concurrent writers lock rows in one order:
     * one multi-row insert (in a savepoint) when no learner holds one yet, the usual case; otherwise one
     * insert-if-absent statement per award, sent as one JDBC batch, each probing the unique (badge, learner, active)
     * key. Call inside a transaction.
     */
    void recordAll(List<BadgeAward> awards) {
        if (awards.isEmpty()) {
            return;
        }
        List<BadgeAward> sorted = new ArrayList<>(awards);
        sorted.sort(Comparator.comparingLong(BadgeAward::badgeId).thenComparing(BadgeAward::userId));
        try {
            savepoint.executeWithoutResult(status -> {
                for (int from = 0; from < sorted.size(); from += ROWS_PER_STATEMENT) {
                    List<BadgeAward> part = sorted.subList(from, Math.min(sorted.size(), from + ROWS_PER_STATEMENT));
                    List<Object> params = new ArrayList<>(part.size() * 7);
                    part.forEach(award -> params.addAll(java.util.Arrays.asList(award.badgeId(), award.userId(),
                            award.credentialUuid(), ACTIVE, at(award.issuedAt()), award.issuedBy(), award.runId())));
                    jdbc.sql("INSERT INTO badge_award (badge_id, user_id, credential_uuid, active, issued_at, issued_by, run_id) VALUES "
                            + String.join(", ", java.util.Collections.nCopies(part.size(), "(?, ?, ?, ?, ?, ?, ?)"))).params(params).update();
                }
            });
        }
        catch (DuplicateKeyException recordedBefore) {
            jdbcTemplate.batchUpdate("""
                    INSERT INTO badge_award (badge_id, user_id, credential_uuid, active, issued_at, issued_by, run_id)
                    SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(36)), 'Y',
                        CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(255)), CAST(? AS BIGINT)
                    WHERE NOT EXISTS (SELECT 1 FROM badge_award a WHERE a.badge_id = ? AND a.user_id = ? AND a.active = 'Y')
                      AND NOT EXISTS (SELECT 1 FROM badge_award c WHERE c.credential_uuid = ?)""",
                    sorted.stream().map(award -> new Object[] {award.badgeId(), award.userId(), award.credentialUuid(),
                            at(award.issuedAt()), award.issuedBy(), award.runId(), award.badgeId(), award.userId(),
                            award.credentialUuid()}).toList());
        }
    }

    /** The learner's current award of the badge: the one in force, else the latest revoked one. */
    public Optional<BadgeAward> find(long badgeId, String userId) {
        return current(history(badgeId, userId));
    }

    /** Of one learner's awards of one badge (oldest first): the one in force, else the latest revoked one. */
    static Optional<BadgeAward> current(List<BadgeAward> history) {
        return history.stream().filter(award -> !award.revoked()).findFirst()
            .or(() -> history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1)));
    }

    /** The learner's award of the badge that is in force (not revoked), if any. */
    public Optional<BadgeAward> active(long badgeId, String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge_award WHERE badge_id = ? AND user_id = ? AND active = ?")
            .params(badgeId, userId, ACTIVE).query(BadgeAwards::row).optional();
    }

    /** Every award of the badge to the learner, the revoked ones included, oldest first. */
    public List<BadgeAward> history(long badgeId, String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge_award WHERE badge_id = ? AND user_id = ? ORDER BY issued_at, credential_uuid")
            .params(badgeId, userId).query(BadgeAwards::row).list();
    }

    /** Every award of the badge, revoked ones included, by learner and then oldest first. */
    public List<BadgeAward> forBadge(long badgeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge_award WHERE badge_id = ? ORDER BY user_id, issued_at, credential_uuid")
            .param(badgeId).query(BadgeAwards::row).list();
    }

    /** Marks the award of this credential revoked, so it is no longer in force; false when it was revoked before. */
    boolean markRevoked(String credentialUuid, Instant at, String by, String reason) {
        return jdbc.sql("""
                UPDATE badge_award SET active = NULL, revoked_at = ?, revoked_by = ?, revoke_reason = ?
                WHERE credential_uuid = ? AND active = 'Y'""")
            .params(at(at), by, reason, credentialUuid).update() == 1;
    }

    /** The award of this credential. */
    Optional<BadgeAward> byCredential(String credentialUuid) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM badge_award WHERE credential_uuid = ?")
            .param(credentialUuid).query(BadgeAwards::row).optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static BadgeAward row(ResultSet rs, int row) throws SQLException {
        long run = rs.getLong("run_id");
        Long runId = rs.wasNull() ? null : run;
        return new BadgeAward(rs.getLong("badge_id"), rs.getString("user_id"), rs.getString("credential_uuid"),
                instant(rs, "issued_at"), rs.getString("issued_by"), runId, instant(rs, "revoked_at"),
                rs.getString("revoked_by"), rs.getString("revoke_reason"));
    }
}
