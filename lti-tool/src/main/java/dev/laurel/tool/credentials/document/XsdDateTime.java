package dev.laurel.tool.credentials.document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code xsd:dateTime} values with a time zone ({@code Z} or an offset), as VC dates are written. */
public final class XsdDateTime {

    private XsdDateTime() {
    }

    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }
}
