package dev.stockadj.app.input;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of an input file.
 *
 * @param number   1 for the first data row
 * @param fileLine the line of the file the row starts on (the header is file line 1 in CSV)
 * @param values   column → text; empty cells are absent; a column whose problem is already reported (a JSON
 *                 object or array where a value belongs) maps to null
 */
record Row(int number, int fileLine, Map<String, String> values) {
    Optional<String> get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Whether the column's cell has a problem already reported: it is not also missing. */
    boolean reported(String column) {
        return values.containsKey(column) && values.get(column) == null;
    }
}
