package dev.laurel.tool.credentials.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail of status changes in {@code credential_status_changes}. */
@Repository
class StatusChangeAudit {

    private final JdbcClient jdbc;

    StatusChangeAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(StatusChange change) {
        jdbc.sql("""
                INSERT INTO credential_status_changes (credential_id, action, reason, reason_public, actor, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(change.credentialId(), change.action().name(), change.reason(), change.reasonPublic(), change.actor(),
                        change.changedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The credential's changes, oldest first. */
    List<StatusChange> history(String credentialId) {
        return jdbc.sql("SELECT * FROM credential_status_changes WHERE credential_id = ? ORDER BY changed_at, id")
                .param(credentialId)
                .query((rs, row) -> new StatusChange(rs.getString("credential_id"), StatusChange.Action.valueOf(rs.getString("action")),
                        rs.getString("reason"), rs.getBoolean("reason_public"), rs.getString("actor"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The credential's latest change of the given kind. */
    Optional<StatusChange> latest(String credentialId, StatusChange.Action action) {
        List<StatusChange> history = history(credentialId);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == action) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }
}
