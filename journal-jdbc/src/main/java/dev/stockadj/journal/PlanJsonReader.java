package dev.stockadj.journal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.vendor.Destination;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads {@link PlanDto}'s JSON a line and a document at a time, each made into the core's value as it is read, so
 * only the plan itself is held, never the text or a DTO of it whole. Fields may come in any order and unknown ones
 * are skipped, as reading the whole DTO did; a plan stored before destinations were kept has none (it is
 * {@link Destination#UNRECORDED}), and one stored before plans kept their date takes that of its documents.
 */
final class PlanJsonReader {
    private final ObjectMapper mapper;
    private final ReadValues values = new ReadValues();
    private final List<PlanDto.VarianceLineDto> beforeTheirCurrency = new ArrayList<>();
    private CompactVariance lines;
    private int lineCount = -1;
    private final List<AdjustmentDocument> documents = new ArrayList<>();
    private String reference;
    private String vendor;
    private String destination;
    private String location;
    private String date;
    private String fingerprint;
    private Currency currency;

    private PlanJsonReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    static CountPlan read(ObjectMapper mapper, JsonParser p) throws IOException {
        return new PlanJsonReader(mapper).plan(p);
    }

    private CountPlan plan(JsonParser p) throws IOException {
        expect(p, p.nextToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "reference" -> reference = p.getValueAsString();
                case "vendor" -> vendor = p.getValueAsString();
                case "destination" -> destination = p.getValueAsString();
                case "location" -> location = p.getValueAsString();
                case "date" -> date = p.getValueAsString();
                case "fingerprint" -> fingerprint = p.getValueAsString();
                case "variance" -> variance(p, value);
                case "documents" -> documents(p, value);
                default -> p.skipChildren();
            }
        }
        if (currency == null) {
            throw new IllegalStateException("the plan of count " + reference + " was stored without its currency");
        }
        return new CountPlan(new CountReference(reference), new VendorName(vendor),
                destination == null ? Destination.UNRECORDED : new Destination(destination), new LocationId(location),
                dateOrThatOfItsDocuments(), fingerprint, new VarianceReport(variance().lines(), currency), documents);
    }

    private void variance(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("currency".equals(field)) {
                currency = Currency.getInstance(p.getValueAsString());
                beforeTheirCurrency.forEach(line -> variance().add(line.toLine(currency, values)));
                beforeTheirCurrency.clear();
            } else if ("line_count".equals(field) && lines == null && value == JsonToken.VALUE_NUMBER_INT) {
                lineCount = p.getIntValue();
            } else if ("lines".equals(field)) {
                expect(p, value, JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    PlanDto.VarianceLineDto line = mapper.readValue(p, PlanDto.VarianceLineDto.class);
                    if (currency == null) {
                        beforeTheirCurrency.add(line);
                    } else {
                        variance().add(line.toLine(currency, values));
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The lines read so far, made when the first comes (after their count, if the stored form gives it). */
    private CompactVariance variance() {
        if (lines == null) {
            lines = new CompactVariance(currency, lineCount);
        }
        return lines;
    }

    private void documents(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            documents.add(mapper.readValue(p, PlanDto.DocumentDto.class).toDocument(values));
        }
    }

    /** Plans stored before they kept their date carry it in each document (all share the count's). */
    private LocalDate dateOrThatOfItsDocuments() {
        if (date != null) {
            return LocalDate.parse(date);
        }
        return documents.stream().findFirst().map(AdjustmentDocument::date).orElseThrow(() -> new IllegalStateException(
                "the plan of count " + reference + " was stored without its date; apply it with --date"));
    }

    private static void expect(JsonParser p, JsonToken found, JsonToken expected) throws IOException {
        if (found != expected) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + expected + ", found " + found);
        }
    }
}
