package dev.stockadj.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.plan.CountPlan;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The frozen plan as stored in the journal: JSON through explicit DTOs ({@link PlanDto}), so the
 * stored form does not change when a core record gains a method, and {@code Optional},
 * {@code Currency} and the sealed {@code ItemRef} are written in one plain, documented way. A plan is written to and
 * read from a stream a line and a document at a time ({@link PlanJsonWriter}, {@link PlanJsonReader}): a plan of a
 * million lines is hundreds of megabytes of text.
 */
final class PlanJson {
    /** Streams are the caller's to close; a value written is not flushed on its own (parts are cut by size). */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final TypeReference<List<PlanDto.ErrorDto>> ERRORS = new TypeReference<>() {
    };

    private PlanJson() {
    }

    static void write(CountPlan plan, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            PlanJsonWriter.write(MAPPER, plan, g);
        } catch (JsonProcessingException e) {
            throw new JournalFailure("cannot write to the journal: " + e.getOriginalMessage(), e);
        }
    }

    static CountPlan read(Reader in) throws IOException {
        try (JsonParser p = MAPPER.createParser(in)) {
            return PlanJsonReader.read(MAPPER, p);
        } catch (JsonProcessingException e) {
            throw new JournalFailure("a stored plan cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The whole text at once: for plans known to be small (tests, and journals written by hand). */
    static String write(CountPlan plan) {
        StringWriter out = new StringWriter();
        try {
            write(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static CountPlan read(String json) {
        try {
            return read(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String writeErrors(List<FieldError> errors) {
        return write(errors.stream().map(e -> new PlanDto.ErrorDto(e.field(), e.message())).toList());
    }

    static List<FieldError> readErrors(String json) {
        try {
            return MAPPER.readValue(json, ERRORS).stream().map(e -> new FieldError(e.field(), e.message())).toList();
        } catch (JsonProcessingException e) {
            throw new JournalFailure("stored vendor errors cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new JournalFailure("cannot write to the journal: " + e.getOriginalMessage(), e);
        }
    }
}
