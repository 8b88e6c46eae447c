package dev.stockadj.app.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.stockadj.core.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams the rows of a CSV file (header row) or a JSON file (an array of objects), chosen by the
 * file's extension, strictly as UTF-8. Problems of the file as a whole (encoding, unknown columns,
 * no rows, broken syntax) are collected, never thrown, so that every problem is reported at once.
 */
final class RowSource {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String name;
    private final Set<String> columns;
    private int count;

    RowSource(String name, Set<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    /** Feeds each row to {@code rows}; returns the problems of the file as a whole. */
    List<Problem> read(InputStream in, Consumer<Row> rows) {
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader reader = strictUtf8(in)) {
            reader.mark(1);
            if (reader.read() == -1) {
                problems.add(Problem.ofInput("", "the file is empty: it has no data rows"));
                return problems;
            }
            reader.reset();
            if (json()) {
                readJson(reader, problems, rows);
            } else {
                readCsv(reader, problems, rows);
            }
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofInput("", "the file is not UTF-8 text (bad bytes after data row " + count
                    + "); save it as UTF-8"));
            return problems;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (file line " + e.getLocation().getLineNr() + ")";
            problems.add(Problem.ofInput("", "cannot read the file after data row " + count + where + ": "
                    + e.getOriginalMessage()));
            return problems;
        } catch (IOException e) {
            problems.add(Problem.ofInput("", "cannot read the file: " + e.getMessage()));
            return problems;
        }
        if (count == 0 && problems.isEmpty()) {
            problems.add(Problem.ofInput("", "the file is empty: it has no data rows"));
        }
        return problems;
    }

    private boolean json() {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private void readCsv(Reader reader, List<Problem> problems, Consumer<Row> rows) throws IOException {
        try (CsvParser parser = (CsvParser) CSV.createParser(reader)) {
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            Map<String, String> values = new LinkedHashMap<>();
            int fileLine = 0;
            boolean headerChecked = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    values = new LinkedHashMap<>();
                    fileLine = 0;
                } else if (token == JsonToken.VALUE_STRING) {
                    fileLine = fileLine == 0 ? parser.currentTokenLocation().getLineNr() : fileLine;
                    values.put(parser.currentName(), parser.getText());
                } else if (token == JsonToken.END_OBJECT) {
                    if (!headerChecked) {
                        List<String> names = new ArrayList<>();
                        ((CsvSchema) parser.getSchema()).forEach(c -> names.add(c.getName()));
                        checkColumns(names, problems);
                        headerChecked = true;
                    }
                    count++;
                    rows.accept(new Row(count, fileLine, known(values)));
                }
            }
        }
    }

    private void readJson(Reader reader, List<Problem> problems, Consumer<Row> rows) throws IOException {
        try (JsonParser parser = JSON.createParser(reader)) {
            if (parser.nextToken() == null) {
                return;
            }
            if (!parser.isExpectedStartArrayToken()) {
                problems.add(Problem.ofInput("", "a JSON count file is an array of objects"));
                return;
            }
            List<String> seen = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int fileLine = parser.currentTokenLocation().getLineNr();
                JsonNode node = JSON.readTree(parser);
                count++;
                if (!node.isObject()) {
                    problems.add(new Problem(count, "", "not a JSON object (file line " + fileLine + ")"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                node.fields().forEachRemaining(f -> {
                    if (!f.getValue().isNull()) {
                        values.put(f.getKey(), f.getValue().isNumber()
                                ? f.getValue().decimalValue().toPlainString() : f.getValue().asText());
                    }
                    if (!columns.contains(f.getKey()) && !seen.contains(f.getKey())) {
                        seen.add(f.getKey());
                    }
                });
                rows.accept(new Row(count, fileLine, known(values)));
            }
            checkColumns(seen, problems);
        }
    }

    private void checkColumns(List<String> names, List<Problem> problems) {
        for (String column : names) {
            if (!columns.contains(column)) {
                problems.add(Problem.ofInput(column, "unknown column '" + column + "'; known columns are "
                        + String.join(", ", columns.stream().sorted().toList())));
            }
        }
    }

    private Map<String, String> known(Map<String, String> values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (columns.contains(k) && v != null) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static BufferedReader strictUtf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

}
