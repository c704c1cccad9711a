package dev.laurel.tool.skills;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.Assert;

/**
 * Reads delimited text record by record, as <a href="https://www.rfc-editor.org/rfc/rfc4180#section-2">RFC 4180
 * section 2</a> describes it: quoted fields may hold delimiters, line breaks and doubled quotes; CRLF, LF or CR
 * end a record; a leading byte-order mark is skipped; blank lines are skipped. With quoting off (O*NET's
 * tab-separated files) a quote is an ordinary character.
 */
public final class CsvReader {

    private static final int BOM = '\uFEFF';

    private final Reader in;
    private final char delimiter;
    private final boolean quoting;
    private final StringBuilder field = new StringBuilder();
    private int pushedBack = -2;
    private long line = 1;
    private boolean started;

    private CsvReader(Reader in, char delimiter, boolean quoting) {
        Assert.notNull(in, "in cannot be null");
        this.in = in;
        this.delimiter = delimiter;
        this.quoting = quoting;
    }

    /** A reader of comma-separated values with RFC 4180 quoting. */
    public static CsvReader csv(Reader in) {
        return new CsvReader(in, ',', true);
    }

    /** A reader of tab-separated values without quoting, as O*NET's text files are written. */
    public static CsvReader tabSeparated(Reader in) {
        return new CsvReader(in, '\t', false);
    }

    /** The next record's fields, or {@code null} at the end of the input. */
    public List<String> next() {
        try {
            return readRecord();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every remaining record. */
    public List<List<String>> readAll() {
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = next(); record != null; record = next()) {
            records.add(record);
        }
        return records;
    }

    private List<String> readRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                if (!any) {
                    continue;
                }
                fields.add(field.toString());
                return fields;
            }
            any = true;
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            }
            else if (c == '"' && quoting && field.length() == 0) {
                readQuoted();
            }
            else {
                field.append((char) c);
            }
        }
    }

    private void readQuoted() throws IOException {
        long startLine = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new CsvFormatException("unterminated quoted field starting on line " + startLine);
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    field.append('"');
                    continue;
                }
                unread(after);
                return;
            }
            if (c == '\n' || (c == '\r' && peekIsNot('\n'))) {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                unread(after);
            }
        }
    }

    private boolean peekIsNot(char expected) throws IOException {
        int c = read();
        unread(c);
        return c != expected;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == BOM) {
                c = in.read();
            }
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** Input that is not well-formed delimited text. */
    public static final class CsvFormatException extends RuntimeException {

        CsvFormatException(String message) {
            super(message);
        }
    }
}
