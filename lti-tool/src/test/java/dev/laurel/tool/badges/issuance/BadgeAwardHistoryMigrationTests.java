package dev.laurel.tool.badges.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.TestDatabase;
import dev.laurel.tool.badges.SyncedCourseFixture;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V55 on a database that has awards of V52's shape: every award is kept, the revoked ones out of force (and their
 * credentials with them), so a revoked learner can be issued again while a second award in force stays impossible.
 */
@DatabaseTest
class BadgeAwardHistoryMigrationTests {

    @Test
    void existingAwardsKeepTheirHistoryAndRevokedOnesNoLongerBlockANewAward() {
        Map<String, Object> properties = TestDatabase.toolProperties();
        DriverManagerDataSource dataSource = new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"), (String) properties.get("spring.datasource.password"));
        FluentConfiguration flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        String schema = (String) properties.get("spring.flyway.schemas");
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema);
        }
        flyway.target("54").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        SyncedCourseFixture course = SyncedCourseFixture.create(jdbc, 55);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO credential_issuer (slug, name, address_country, address_country_code, proof_format, created_at)
                VALUES ('default', 'Laurel', 'Ireland', 'IE', 'VC_JWT_RS256', ?)""").param(now).update();
        jdbc.sql("""
                INSERT INTO badge (course_id, achievement_key, name, issuance_mode, archived, definition, created_at, updated_at)
                VALUES (?, 'b-migrated', 'Migrated', 'MANUAL', FALSE, '{}', ?, ?)""").params(course.courseId, now, now).update();
        long badgeId = jdbc.sql("SELECT id FROM badge WHERE achievement_key = 'b-migrated'").query(Long.class).single();
        for (String learner : List.of("ada", "bob")) {
            jdbc.sql("""
                    INSERT INTO issued_credential (credential_uuid, issuer_slug, achievement_key, recipient_key, active,
                        media_type, serialized, issued_at)
                    VALUES (?, 'default', 'b-migrated', ?, 'Y', 'application/vc+jwt', 'x', ?)""")
                .params("00000000-0000-0000-0000-00000000000" + (learner.equals("ada") ? "1" : "2"), "recipient-" + learner, now)
                .update();
        }
        jdbc.sql("""
                INSERT INTO badge_award (badge_id, user_id, credential_uuid, issued_at, issued_by, run_id, revoked_at, revoked_by,
                    revoke_reason)
                VALUES (?, 'ada', '00000000-0000-0000-0000-000000000001', ?, 'teacher', NULL, ?, 'teacher', 'Plagiarism'),
                       (?, 'bob', '00000000-0000-0000-0000-000000000002', ?, 'teacher', NULL, NULL, NULL, NULL)""")
            .params(badgeId, now, now, badgeId, now).update();

        flyway.target("latest").load().migrate();

        assertThat(jdbc.sql("SELECT user_id, active, revoke_reason FROM badge_award ORDER BY user_id")
            .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list())
            .containsExactly("ada null Plagiarism", "bob Y null");
        assertThat(jdbc.sql("SELECT recipient_key, active FROM issued_credential ORDER BY recipient_key")
            .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list())
            .containsExactly("recipient-ada null", "recipient-bob Y");
        // ada can hold a new award in force beside her revoked one; bob cannot hold a second
        jdbc.sql("""
                INSERT INTO badge_award (credential_uuid, badge_id, user_id, active, issued_at, issued_by)
                VALUES ('00000000-0000-0000-0000-000000000003', ?, 'ada', 'Y', ?, 'teacher')""").params(badgeId, now).update();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO badge_award (credential_uuid, badge_id, user_id, active, issued_at, issued_by)
                VALUES ('00000000-0000-0000-0000-000000000004', ?, 'bob', 'Y', ?, 'teacher')""").params(badgeId, now).update())
            .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }
}
