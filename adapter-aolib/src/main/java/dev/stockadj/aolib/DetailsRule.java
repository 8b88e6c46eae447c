package dev.stockadj.aolib;

import dev.stockadj.core.model.plan.AdjustmentDocument;

/**
 * Order Time's rule that, when one inventoried line of a document has bin or lot details, every
 * inventoried line must. The core's plan keeps such lines apart (the adapter declares
 * {@code separateDetailedLines}), so a document breaking the rule is a bug upstream, not a
 * problem of the count: it stops before any request instead of being sent to be refused.
 */
final class DetailsRule {

    private DetailsRule() {
    }

    static void check(AdjustmentDocument document) {
        boolean detailed = document.lines().stream().anyMatch(l -> l.position().detailed());
        boolean plain = document.lines().stream().anyMatch(l -> !l.position().detailed());
        if (detailed && plain) {
            throw new IllegalStateException("document " + document.key() + " mixes lines with and without bin/lot"
                    + " details, which Order Time refuses; the plan should have put them in separate documents");
        }
    }
}
