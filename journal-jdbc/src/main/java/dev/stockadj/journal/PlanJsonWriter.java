package dev.stockadj.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.VarianceLine;
import java.io.IOException;

/**
 * Writes a plan as {@link PlanDto}'s JSON — the same text, field for field — a line and a document at a time, so a
 * million-line plan is written without its DTOs or its text ever being whole in memory (they took some 1.5 GB).
 */
final class PlanJsonWriter {
    private PlanJsonWriter() {
    }

    static void write(ObjectMapper mapper, CountPlan plan, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("reference", plan.reference().value());
        g.writeStringField("vendor", plan.vendor().value());
        g.writeStringField("destination", plan.destination().value());
        g.writeStringField("location", plan.location().value());
        g.writeStringField("date", plan.date().toString());
        g.writeStringField("fingerprint", plan.fingerprint());
        g.writeObjectFieldStart("variance");
        g.writeStringField("currency", plan.variance().currency().getCurrencyCode());
        g.writeNumberField("line_count", plan.variance().lines().size());
        g.writeArrayFieldStart("lines");
        for (VarianceLine line : plan.variance().lines()) {
            mapper.writeValue(g, PlanDto.VarianceLineDto.of(line));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("documents");
        for (AdjustmentDocument document : plan.documents()) {
            mapper.writeValue(g, PlanDto.DocumentDto.of(document));
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
