package dev.stockadj.app.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.stockadj.core.model.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams the rows of a CSV file (header row) or a JSON file (an array of objects), chosen by the
 * file's extension, strictly as UTF-8, one row at a time: memory does not grow with the file.
 * Problems of the file as a whole (encoding, unknown, missing or repeated columns, no rows, broken
 * syntax, content after the array) are collected, never thrown, so every problem is reported at once.
 */
final class RowSource {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    /** A number longer than this stops the reading; shorter ones are read as text and bounded by NumberText. */
    private static final int MAX_NUMBER_LENGTH = 1000;
    private static final int MAX_STRING_LENGTH = 1_000_000;
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH).maxStringLength(MAX_STRING_LENGTH).build()).build();

    private final String name;
    private final Columns columns;
    private int count;

    RowSource(String name, Columns columns) {
        this.name = name;
        this.columns = columns;
    }

    /** Feeds each row to {@code rows}; adds the problems of the file as a whole to {@code problems}. */
    void read(InputStream in, Problems problems, Consumer<Row> rows) {
        try (BufferedReader reader = Utf8.reader(new BufferedInputStream(in))) {
            reader.mark(1);
            if (reader.read() == -1) {
                problems.add(Problem.ofInput("", "the file is empty: it has no data rows"));
                return;
            }
            reader.reset();
            if (json()) {
                readJson(reader, problems, rows);
            } else {
                readCsv(reader, problems, rows);
            }
        } catch (Utf8.NotUtf8 e) {
            problems.add(Problem.ofInput("", e.getMessage() + (count == 0 ? "" : " (after data row " + count + ")")
                    + "; save it as UTF-8"));
            return;
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofInput("", "the file is not UTF-8 text (bad bytes after data row " + count
                    + "); save it as UTF-8"));
            return;
        } catch (JsonProcessingException e) {
            problems.add(Problem.ofInput("", "cannot read the file after data row " + count + where(e) + ": "
                    + message(e)));
            return;
        } catch (IOException e) {
            problems.add(Problem.ofInput("", "cannot read the file: " + Quoted.plain(String.valueOf(e.getMessage()), 300)));
            return;
        }
        if (count == 0 && problems.total() == 0) {
            problems.add(Problem.ofInput("", "the file is empty: it has no data rows"));
        }
    }

    /** Jackson's message, cut, without the name of the setting in its code. */
    private static String message(JsonProcessingException e) {
        return Quoted.plain(String.valueOf(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", ""), 300);
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (file line " + e.getLocation().getLineNr() + ")";
    }

    private boolean json() {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private void readCsv(Reader reader, Problems problems, Consumer<Row> rows) throws IOException {
        try (CsvParser parser = (CsvParser) CSV.createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                if (String.valueOf(e.getOriginalMessage()).startsWith("Empty header line")) {
                    problems.add(Problem.ofInput("", "the header row is blank: the first line names the columns"));
                    return;
                }
                throw e;
            }
            List<String> names = new ArrayList<>();
            ((CsvSchema) parser.getSchema()).forEach(c -> names.add(c.getName()));
            if (!new Header(columns, names).check(problems)) {
                return;
            }
            Map<String, String> values = new HashMap<>();
            int fileLine = 0;
            for (; token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    values = new HashMap<>(); // the row's cells of known columns: one map a row, not two
                    fileLine = 0;
                } else if (token == JsonToken.VALUE_STRING) {
                    fileLine = fileLine == 0 ? parser.currentTokenLocation().getLineNr() : fileLine;
                    if (columns.known().contains(parser.currentName())) {
                        values.put(parser.currentName(), parser.getText());
                    }
                } else if (token == JsonToken.END_OBJECT) {
                    count++;
                    rows.accept(new Row(count, fileLine, values));
                }
            }
        }
    }

    private void readJson(Reader reader, Problems problems, Consumer<Row> rows) throws IOException {
        JsonParser parser = JSON.createParser(reader);
        try (parser) {
            if (parser.nextToken() == null) {
                return;
            }
            if (!parser.isExpectedStartArrayToken()) {
                problems.add(Problem.ofInput("", "a JSON file is one array of objects: [{\"item\": …}, …]"));
                return;
            }
            UnknownColumns unknown = new UnknownColumns(columns.known());
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                int fileLine = parser.currentTokenLocation().getLineNr();
                int number = count + 1;
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    count = number;
                    problems.add(new Problem(number, "", "not a JSON object (file line " + fileLine + ")"));
                    continue;
                }
                Map<String, String> values = object(parser, number, fileLine, unknown, problems);
                count = number;
                rows.accept(new Row(number, fileLine, values));
            }
            unknown.report(problems);
            trailing(parser, problems);
        } catch (StreamConstraintsException e) {
            // a value longer or deeper than the parser reads: it says where it was, not the exception
            problems.add(Problem.ofInput("", "cannot read the file after data row " + count + " (file line "
                    + parser.currentLocation().getLineNr() + "): " + message(e)));
        }
    }

    /** The fields of one object, its parser on its START_OBJECT; nested values and repeated keys are problems. */
    private Map<String, String> object(JsonParser parser, int number, int fileLine, UnknownColumns unknown,
                                       Problems problems) throws IOException {
        Map<String, String> values = new HashMap<>();
        Set<String> keys = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (columns.known().contains(key) && !keys.add(key)) {
                problems.add(new Problem(number, key, "key '" + key + "' appears more than once in this object (file line "
                        + fileLine + ")"));
            }
            unknown.see(key);
            if (value.isStructStart()) {
                if (columns.known().contains(key)) {
                    problems.add(new Problem(number, key, key + " must be a single value, not "
                            + (value == JsonToken.START_OBJECT ? "an object" : "an array") + " (file line "
                            + fileLine + ")"));
                    values.put(key, null);
                }
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL && columns.known().contains(key)) {
                values.put(key, parser.getText());
            }
        }
        return values;
    }

    private void trailing(JsonParser parser, Problems problems) throws IOException {
        int fileLine = parser.currentTokenLocation().getLineNr();
        try {
            if (parser.nextToken() == null) {
                return;
            }
            fileLine = parser.currentTokenLocation().getLineNr();
        } catch (JsonProcessingException e) {
            fileLine = e.getLocation() == null ? fileLine : e.getLocation().getLineNr();
        }
        problems.add(Problem.ofInput("", "there is more after the end of the JSON array (file line " + fileLine
                + "): the file is one array"));
    }
}
