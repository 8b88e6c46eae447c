package dev.stockadj.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stockadj.core.model.revert.RevertPlan;
import java.io.IOException;
import java.io.Reader;

/** A frozen revert plan as stored in the journal: JSON through {@link RevertDto}, as {@link PlanJson} stores a count's. */
final class RevertJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RevertJson() {
    }

    static String write(RevertPlan plan) {
        try {
            return MAPPER.writeValueAsString(RevertDto.of(plan));
        } catch (JsonProcessingException e) {
            throw new JournalFailure("cannot write a revert to the journal: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the stream whole: a revert plan is written as one text ({@link #write}), so it is as large read back. */
    static RevertPlan read(Reader json) throws IOException {
        try {
            return MAPPER.readValue(json, RevertDto.class).toPlan();
        } catch (JsonProcessingException e) {
            throw new JournalFailure("a stored revert cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
