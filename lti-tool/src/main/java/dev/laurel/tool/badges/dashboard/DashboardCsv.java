package dev.laurel.tool.badges.dashboard;

import dev.laurel.tool.badges.dashboard.CourseDashboard.LearnerBadgeRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The dashboard's CSV export (RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote or line
 * break). A cell that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return) is prefixed with a single quote.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4180#section-2">RFC 4180 §2</a>
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV injection</a>
 */
public final class DashboardCsv {

    static final List<String> HEADER = List.of("user_id", "name", "email", "badge", "qualifies", "levels", "issued_at",
            "claimed_at", "revoked_at");

    private DashboardCsv() {
    }

    public static String write(List<LearnerBadgeRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (LearnerBadgeRow row : rows) {
            line(csv, List.of(text(row.userId()), text(row.name()), text(row.email()), text(row.badge()),
                    row.qualifies() ? "yes" : "no", text(row.levels()), time(row.issuedAt()), time(row.claimedAt()),
                    time(row.revokedAt())));
        }
        return csv.toString();
    }

    /** The cell as CSV: neutralised if a spreadsheet would read it as a formula, then quoted if needed. */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
