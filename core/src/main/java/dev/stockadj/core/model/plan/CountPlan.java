package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.vendor.Destination;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The deterministic result of planning a count: the variance report and the documents exactly as
 * they will be sent. {@code fingerprint} identifies the count's content, so a re-run with the
 * same reference and other content is refused. {@code date} is the count's date, kept so that a
 * re-run that does not name a date continues the count as frozen rather than on another day.
 * {@code destination} is where its documents go: a count is identified by its reference and its destination.
 */
public record CountPlan(
        CountReference reference,
        VendorName vendor,
        Destination destination,
        LocationId location,
        LocalDate date,
        String fingerprint,
        VarianceReport variance,
        List<AdjustmentDocument> documents) {

    public CountPlan {
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(vendor, "vendor is required");
        Objects.requireNonNull(destination, "destination is required");
        Objects.requireNonNull(location, "location is required");
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(fingerprint, "fingerprint is required");
        Objects.requireNonNull(variance, "variance is required");
        documents = List.copyOf(documents);
    }
}
