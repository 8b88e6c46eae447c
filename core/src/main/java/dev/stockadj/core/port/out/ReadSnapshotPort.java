package dev.stockadj.core.port.out;

import java.util.function.Supplier;

/**
 * Lets a vendor answer the reads of one planning (SKUs, positions, book quantities) from what it
 * already read in the same planning, so a catalogue is paged through once per run rather than once
 * per step. Reads made outside a snapshot — finding out whether an uncertain document arrived — are
 * always fresh.
 */
public interface ReadSnapshotPort {
    /** Runs {@code reads}, letting the vendor reuse what it reads while they run; forgets it after. */
    <T> T within(Supplier<T> reads);

    /** A vendor that reads afresh every time. */
    static ReadSnapshotPort none() {
        return new ReadSnapshotPort() {
            @Override
            public <T> T within(Supplier<T> reads) {
                return reads.get();
            }
        };
    }
}
