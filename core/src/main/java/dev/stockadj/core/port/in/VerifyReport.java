package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every position of an applied count checked against the vendor's stock now.
 *
 * @param appliedAt  when the journal recorded the count's last document as applied (empty: nothing was applied)
 * @param revertedAt when the count was reverted; then each position is expected back where the revert set it
 * @param notes      what a person should know besides the positions (a revert not finished, documents not applied)
 */
public record VerifyReport(CountReference reference, Destination destination, Optional<Instant> appliedAt,
                           Optional<Instant> revertedAt, List<PositionCheck> positions, List<String> notes)
        implements VerifyResult {
    public VerifyReport {
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(destination, "destination is required");
        Objects.requireNonNull(appliedAt, "appliedAt is required (may be empty)");
        Objects.requireNonNull(revertedAt, "revertedAt is required (may be empty)");
        positions = List.copyOf(positions);
        notes = List.copyOf(notes);
    }

    public long count(Drift drift) {
        return positions.stream().filter(p -> p.drift() == drift).count();
    }

    /** Every position matches. */
    public boolean matches() {
        return positions.stream().allMatch(p -> p.drift() == Drift.MATCHES);
    }
}
