package dev.laurel.tool.coursesync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's upserts of a page of members or results: one {@code INSERT … SELECT FROM unnest(arrays) ON
 * CONFLICT DO UPDATE} per page, with one array parameter per column, so a page costs one statement of a few
 * parameters, planned once, whose conflicts are found through the table's unique index.
 */
final class PostgresCourseRows {

    private static final String UPSERT_MEMBERS = """
            INSERT INTO course_member (sync_id, user_id, status, name, given_name, family_name, email, sourced_id,
                roles, updated_at)
            SELECT CAST(? AS BIGINT), m.user_id, m.status, m.name, m.given_name, m.family_name, m.email, m.sourced_id,
                m.roles, CAST(? AS TIMESTAMP WITH TIME ZONE)
            FROM unnest(CAST(? AS VARCHAR(255)[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]),
                CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]))
                AS m(user_id, status, name, given_name, family_name, email, sourced_id, roles)
            ON CONFLICT (sync_id, user_id) DO UPDATE SET status = EXCLUDED.status, name = EXCLUDED.name,
                given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name, email = EXCLUDED.email,
                sourced_id = EXCLUDED.sourced_id, roles = EXCLUDED.roles, updated_at = EXCLUDED.updated_at
            """;

    private static final String INSERT_RESULTS = """
            INSERT INTO course_result (line_item_id, user_id, result_score, result_maximum, comment, updated_at)
            SELECT CAST(? AS BIGINT), r.user_id, r.result_score, r.result_maximum, r.comment,
                CAST(? AS TIMESTAMP WITH TIME ZONE)
            FROM unnest(CAST(? AS VARCHAR(255)[]), CAST(? AS DOUBLE PRECISION[]), CAST(? AS DOUBLE PRECISION[]),
                CAST(? AS VARCHAR(4000)[])) AS r(user_id, result_score, result_maximum, comment)
            """;

    private static final String UPSERT_RESULTS = INSERT_RESULTS + """
            ON CONFLICT (line_item_id, user_id) DO UPDATE SET result_score = EXCLUDED.result_score,
                result_maximum = EXCLUDED.result_maximum, comment = EXCLUDED.comment, updated_at = EXCLUDED.updated_at
            """;

    private final JdbcTemplate jdbcTemplate;

    PostgresCourseRows(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Upserts {@code rows} (distinct user ids) of sync {@code syncId}. */
    void members(long syncId, List<CourseRowWriter.MemberRow> rows, OffsetDateTime now) {
        jdbcTemplate.update(UPSERT_MEMBERS, statement -> {
            Connection connection = statement.getConnection();
            statement.setLong(1, syncId);
            statement.setObject(2, now, Types.TIMESTAMP_WITH_TIMEZONE);
            setTexts(statement, connection, 3, rows.stream().map(CourseRowWriter.MemberRow::userId));
            setTexts(statement, connection, 4, rows.stream().map(CourseRowWriter.MemberRow::status));
            setTexts(statement, connection, 5, rows.stream().map(CourseRowWriter.MemberRow::name));
            setTexts(statement, connection, 6, rows.stream().map(CourseRowWriter.MemberRow::givenName));
            setTexts(statement, connection, 7, rows.stream().map(CourseRowWriter.MemberRow::familyName));
            setTexts(statement, connection, 8, rows.stream().map(CourseRowWriter.MemberRow::email));
            setTexts(statement, connection, 9, rows.stream().map(CourseRowWriter.MemberRow::sourcedId));
            setTexts(statement, connection, 10, rows.stream().map(CourseRowWriter.MemberRow::roles));
        });
    }

    /**
     * Upserts {@code rows} (distinct user ids) of line item {@code lineItemRowId}; with {@code newRowsOnly}, inserts
     * them (half the work of an upsert, whose conflict checks and foreign-key checks dominate) and fails with a
     * {@link org.springframework.dao.DuplicateKeyException} if one is stored already.
     */
    void results(long lineItemRowId, List<CourseRowWriter.ResultRow> rows, OffsetDateTime now, boolean newRowsOnly) {
        jdbcTemplate.update(newRowsOnly ? INSERT_RESULTS : UPSERT_RESULTS, statement -> {
            Connection connection = statement.getConnection();
            statement.setLong(1, lineItemRowId);
            statement.setObject(2, now, Types.TIMESTAMP_WITH_TIMEZONE);
            setTexts(statement, connection, 3, rows.stream().map(CourseRowWriter.ResultRow::userId));
            statement.setArray(4, connection.createArrayOf("float8",
                    rows.stream().map(CourseRowWriter.ResultRow::score).toArray(Double[]::new)));
            statement.setArray(5, connection.createArrayOf("float8",
                    rows.stream().map(CourseRowWriter.ResultRow::maximum).toArray(Double[]::new)));
            setTexts(statement, connection, 6, rows.stream().map(CourseRowWriter.ResultRow::comment));
        });
    }

    private static void setTexts(PreparedStatement statement, Connection connection, int index,
            Stream<String> values) throws SQLException {
        Array array = connection.createArrayOf("varchar", values.toArray(String[]::new));
        statement.setArray(index, array);
    }
}
