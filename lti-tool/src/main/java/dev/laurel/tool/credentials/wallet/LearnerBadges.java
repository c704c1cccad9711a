package dev.laurel.tool.credentials.wallet;

import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuing.IssuedCredentialStore;
import dev.laurel.tool.credentials.status.CredentialStatusService;
import dev.laurel.tool.credentials.status.CredentialStatusService.CredentialStatus;
import dev.laurel.tool.launch.LtiUser;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The launched learner's credentials: found by their recipient key ({@link LearnerRecipients}), never by id alone,
 * so another learner's credential is simply not found. Claims and first views are idempotent by primary key.
 */
@Service
public class LearnerBadges {

    private static final Logger log = LoggerFactory.getLogger(LearnerBadges.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final IssuedCredentialStore credentials;
    private final CredentialStatusService statuses;
    private final JsonMapper mapper;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    public LearnerBadges(JdbcClient jdbc, JdbcTemplate jdbcTemplate, IssuedCredentialStore credentials,
            CredentialStatusService statuses, JsonMapper mapper, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.credentials = credentials;
        this.statuses = statuses;
        this.mapper = mapper;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Records the course (Laurel's context id) a credential was earned in, so that it lists only in that course;
     * recording it again keeps the first course.
     */
    public void recordCourse(IssuedCredential credential, long courseId) {
        String id = credential.credentialId();
        try {
            jdbc.sql("INSERT INTO learner_badge_course (credential_uuid, course_id) VALUES (:uuid, :course)")
                .param("uuid", id.substring(id.lastIndexOf('/') + 1)).param("course", courseId).update();
        }
        catch (DuplicateKeyException ex) {
            // recorded before: a credential belongs to the course it was first earned in
        }
    }

    /**
     * Records the course of many credentials at once (a batch issue), in the caller's transaction: one multi-row insert
     * (in a savepoint) when none was recorded before, the usual case; otherwise one insert-if-absent statement per
     * credential, sent as one JDBC batch. A credential whose course was recorded before keeps it; a concurrent
     * recording of the same credential makes this fail with a duplicate key, and the caller's retry then skips it.
     */
    public void recordCourses(Collection<IssuedCredential> credentials, long courseId) {
        List<String> uuids = credentials.stream().map(credential -> {
            String id = credential.credentialId();
            return id.substring(id.lastIndexOf('/') + 1);
        }).distinct().toList();
        if (uuids.isEmpty()) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> {
                for (int from = 0; from < uuids.size(); from += 500) {
                    List<String> part = uuids.subList(from, Math.min(uuids.size(), from + 500));
                    List<Object> params = new java.util.ArrayList<>(part.size() * 2);
                    part.forEach(uuid -> params.addAll(List.of(uuid, courseId)));
                    jdbc.sql("INSERT INTO learner_badge_course (credential_uuid, course_id) VALUES "
                            + String.join(", ", java.util.Collections.nCopies(part.size(), "(?, ?)"))).params(params).update();
                }
            });
        }
        catch (DuplicateKeyException recordedBefore) {
            jdbcTemplate.batchUpdate("""
                    INSERT INTO learner_badge_course (credential_uuid, course_id) SELECT CAST(? AS VARCHAR(36)), CAST(? AS BIGINT)
                    WHERE NOT EXISTS (SELECT 1 FROM learner_badge_course o WHERE o.credential_uuid = ?)""",
                    uuids.stream().map(uuid -> new Object[] {uuid, courseId, uuid}).toList());
        }
    }

    /** The credentials issued to this learner that belong to the course (or to no recorded course), newest first. */
    public List<LearnerBadge> all(LtiUser learner, long courseId) {
        return rows(LearnerRecipients.stableId(learner), null, courseId).stream().map(this::toBadge).flatMap(Optional::stream)
            .sorted(Comparator.comparing((LearnerBadge b) -> b.content().issuedAt(), Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    }

    /** The learner's credential with this UUID; empty if it does not exist or belongs to someone else. */
    public Optional<LearnerBadge> find(LtiUser learner, UUID uuid) {
        return rows(LearnerRecipients.stableId(learner), uuid, null).stream().findFirst().flatMap(this::toBadge);
    }

    /** Marks the credential as seen by its learner (first time only). */
    public void markSeen(LearnerBadge badge) {
        if (badge.seen()) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO learner_badge_view (credential_uuid, first_seen_at) VALUES (:uuid, :at)")
                .param("uuid", badge.uuid().toString()).param("at", now()).update();
        }
        catch (DuplicateKeyException ex) {
            // seen concurrently: the first view stands
        }
    }

    /**
     * Claims (accepts) the credential for its learner; claiming again keeps the first claim.
     *
     * @return the claim time
     * @throws IllegalStateException with code {@code credential_not_claimable} for a revoked or suspended credential
     */
    public Instant claim(LtiUser learner, LearnerBadge badge) {
        if (badge.claimedAt() != null) {
            return badge.claimedAt();
        }
        if (!badge.claimable()) {
            throw new IllegalStateException("credential_not_claimable");
        }
        OffsetDateTime at = now();
        try {
            jdbc.sql("""
                    INSERT INTO learner_badge_claim (credential_uuid, recipient_key, claimed_by, claimed_at)
                    VALUES (:uuid, :recipient, :by, :at)""")
                .param("uuid", badge.uuid().toString()).param("recipient", LearnerRecipients.stableId(learner))
                .param("by", learner.userId()).param("at", at).update();
            log.info("Credential {} claimed by its learner", badge.uuid());
            return at.toInstant();
        }
        catch (DuplicateKeyException ex) {
            return find(learner, badge.uuid()).map(LearnerBadge::claimedAt).orElse(at.toInstant());
        }
    }

    private List<Row> rows(String recipientKey, UUID uuid, Long courseId) {
        String sql = """
                SELECT c.credential_uuid, k.claimed_at, v.first_seen_at FROM issued_credential c
                LEFT JOIN learner_badge_claim k ON k.credential_uuid = c.credential_uuid
                LEFT JOIN learner_badge_view v ON v.credential_uuid = c.credential_uuid
                LEFT JOIN learner_badge_course o ON o.credential_uuid = c.credential_uuid
                WHERE c.recipient_key = :recipient""" + (uuid == null ? "" : " AND c.credential_uuid = :uuid")
                + (courseId == null ? "" : " AND (o.course_id IS NULL OR o.course_id = :course)");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("recipient", recipientKey);
        if (courseId != null) {
            statement = statement.param("course", courseId);
        }
        if (uuid != null) {
            statement = statement.param("uuid", uuid.toString());
        }
        return statement.query((rs, n) -> new Row(UUID.fromString(rs.getString(1)),
                instant(rs.getObject(2, OffsetDateTime.class)), rs.getObject(3, OffsetDateTime.class) != null)).list();
    }

    private Optional<LearnerBadge> toBadge(Row row) {
        return credentials.find(row.uuid()).map(credential -> {
            Optional<CredentialStatus> status = statuses.status(credential.credentialId());
            LearnerBadge.State state = status.map(CredentialStatus::revoked).orElse(false) ? LearnerBadge.State.REVOKED
                    : status.map(CredentialStatus::suspended).orElse(false) ? LearnerBadge.State.SUSPENDED
                    : row.claimedAt() != null ? LearnerBadge.State.CLAIMED : LearnerBadge.State.READY_TO_CLAIM;
            return new LearnerBadge(row.uuid(), credential, BadgeContent.of(credential, mapper), state, row.claimedAt(), row.seen());
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private record Row(UUID uuid, Instant claimedAt, boolean seen) {
    }
}
