package dev.laurel.tool.skills;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a delimited file's header row, to read fields by name. */
record CsvHeader(Map<String, Integer> columns) {

    static CsvHeader of(List<String> header) {
        if (header == null) {
            throw new CsvReader.CsvFormatException("missing header row");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim(), i);
        }
        return new CsvHeader(Map.copyOf(columns));
    }

    /** The field {@code column} of {@code record}, empty when the record is short. */
    String get(List<String> record, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new CsvReader.CsvFormatException("missing column " + column);
        }
        return index < record.size() ? record.get(index).trim() : "";
    }
}
