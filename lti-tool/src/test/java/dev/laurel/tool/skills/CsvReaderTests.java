package dev.laurel.tool.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<List<String>> csv(String text) {
        return CsvReader.csv(new StringReader(text)).readAll();
    }

    @Test
    void readsPlainRecordsWithCrlfAndLf() {
        assertThat(csv("a,b,c\r\n1,2,3\n4,5,6")).containsExactly(
                List.of("a", "b", "c"), List.of("1", "2", "3"), List.of("4", "5", "6"));
    }

    @Test
    void keepsCommasInsideQuotedFields() {
        assertThat(csv("uri,label\nx,\"analyse, report\"\n")).containsExactly(
                List.of("uri", "label"), List.of("x", "analyse, report"));
    }

    @Test
    void keepsLineBreaksInsideQuotedFields() {
        assertThat(csv("x,\"manage staff\r\ndirect staff\nlead staff\",y\r\n")).containsExactly(
                List.of("x", "manage staff\r\ndirect staff\nlead staff", "y"));
    }

    @Test
    void unescapesDoubledQuotes() {
        assertThat(csv("\"say \"\"hello\"\"\",\"\"\"\"\n")).containsExactly(List.of("say \"hello\"", "\""));
    }

    @Test
    void keepsEmptyFieldsIncludingTrailingOnes() {
        assertThat(csv("a,,c,\n,,\n\"\",x\n")).containsExactly(
                List.of("a", "", "c", ""), List.of("", "", ""), List.of("", "x"));
    }

    @Test
    void skipsByteOrderMarkAndBlankLines() {
        assertThat(csv("\uFEFFa,b\r\n\r\n\n1,2\r\n\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void readsOldMacLineEndings() {
        assertThat(csv("a,b\r1,2\r")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void rejectsUnterminatedQuotedFieldNamingItsLine() {
        assertThatThrownBy(() -> csv("a,b\n1,\"open\nstill open"))
                .isInstanceOf(CsvReader.CsvFormatException.class)
                .hasMessage("unterminated quoted field starting on line 2");
    }

    @Test
    void tabSeparatedFilesTreatQuotesAsText() {
        List<List<String>> rows = CsvReader.tabSeparated(new StringReader(
                "Element ID\tDescription\r\n1.A\tWithout \"giving out\", or fatiguing.\r\n")).readAll();

        assertThat(rows).containsExactly(List.of("Element ID", "Description"),
                List.of("1.A", "Without \"giving out\", or fatiguing."));
    }

    @Test
    void returnsNullAtEndOfInput() {
        CsvReader reader = CsvReader.csv(new StringReader("only\n"));

        assertThat(reader.next()).containsExactly("only");
        assertThat(reader.next()).isNull();
        assertThat(reader.next()).isNull();
    }
}
