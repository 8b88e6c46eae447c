package dev.stockadj.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.FieldError;
import java.util.List;

/**
 * The frozen plan as stored in the journal: JSON through explicit DTOs ({@link PlanDto}), so the
 * stored form does not change when a core record gains a method, and {@code Optional},
 * {@code Currency} and the sealed {@code ItemRef} are written in one plain, documented way.
 */
final class PlanJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<List<PlanDto.ErrorDto>> ERRORS = new TypeReference<>() {
    };

    private PlanJson() {
    }

    static String write(CountPlan plan) {
        return write(PlanDto.of(plan));
    }

    static CountPlan read(String json) {
        try {
            return MAPPER.readValue(json, PlanDto.class).toPlan();
        } catch (JsonProcessingException e) {
            throw new JournalFailure("a stored plan cannot be read: " + e.getOriginalMessage(), e);
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
