package dev.stockadj.journal;

import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceLines;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A plan's variance lines as they are read back, kept compact ({@link VarianceLines}: some 30 bytes a line where a
 * line object takes 200) when the stored form says how many there are ({@code line_count}, written since plans are
 * streamed) and every line is what the compact form works out from it. A line that is not (one stored by a stockadj
 * that worked out a value otherwise) turns the rest into plain lines, so a plan is always read back as it was.
 */
final class CompactVariance {
    private final Currency currency;
    private final int capacity;
    private VarianceLines.Builder compact;
    private List<VarianceLine> loose;
    private int size;

    /** @param count the lines there are, or a negative number if the stored form does not say */
    CompactVariance(Currency currency, int count) {
        this.currency = currency;
        this.capacity = Math.max(count, 0);
        if (count >= 0) {
            compact = new VarianceLines.Builder(count, currency);
        } else {
            loose = new ArrayList<>();
        }
    }

    void add(VarianceLine line) {
        if (loose == null && (size == capacity || !sameWhenCompact(line))) {
            loose = new ArrayList<>(compact.build());
            compact = null;
        }
        if (loose == null) {
            compact.set(size, line.position(), line.sourceLines(), line.counted(), line.book(), line.target(),
                    line.unitCost());
        } else {
            loose.add(line);
        }
        size++;
    }

    List<VarianceLine> lines() {
        return loose == null ? compact.build() : loose;
    }

    private boolean sameWhenCompact(VarianceLine line) {
        return new VarianceLines.Builder(1, currency).set(0, line.position(), line.sourceLines(), line.counted(),
                line.book(), line.target(), line.unitCost()).build().get(0).equals(line);
    }
}
