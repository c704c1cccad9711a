package dev.laurel.tool.badges.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.tool.badges.dashboard.CourseDashboard.LearnerBadgeRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardCsvTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void prefixesCellsASpreadsheetWouldRunAsFormulasWithAQuote(String value) {
        assertThat(DashboardCsv.cell(value)).matches("(?s)\"?'.*");
    }

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaksAndLeavesPlainCellsAsTheyAre() {
        assertThat(DashboardCsv.cell("Lovelace, Ada")).isEqualTo("\"Lovelace, Ada\"");
        assertThat(DashboardCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(DashboardCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(DashboardCsv.cell("ada@example.edu")).isEqualTo("ada@example.edu");
        assertThat(DashboardCsv.cell("=1,2")).isEqualTo("\"'=1,2\"");
    }

    @Test
    void writesAHeaderAndOneCrlfLinePerLearnerAndBadge() {
        String csv = DashboardCsv.write(List.of(
                new LearnerBadgeRow("ada", "Ada", "ada@example.edu", "Report writer", true, "Analysis: Exemplary; Writing: Proficient",
                        Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2026-01-03T00:00:00Z"), null),
                new LearnerBadgeRow("bob", null, null, "Report writer", false, "", null, null, null)));

        assertThat(csv).isEqualTo("user_id,name,email,badge,qualifies,levels,issued_at,claimed_at,revoked_at\r\n"
                + "ada,Ada,ada@example.edu,Report writer,yes,Analysis: Exemplary; Writing: Proficient,2026-01-02T03:04:05Z,2026-01-03T00:00:00Z,\r\n"
                + "bob,,,Report writer,no,,,,\r\n");
    }
}
