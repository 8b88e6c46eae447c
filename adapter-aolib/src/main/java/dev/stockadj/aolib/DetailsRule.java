package dev.stockadj.aolib;

import dev.stockadj.core.model.AdjustmentDocument;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.PlannedLine;
import dev.stockadj.core.port.out.VendorRejected;

import java.util.ArrayList;
import java.util.List;

/**
 * Order Time's rule that, when one inventoried line of a document has bin or lot details, every
 * inventoried line must. Checked before any request; every count line is an inventoried item.
 */
final class DetailsRule {

    private DetailsRule() {
    }

    static void check(AdjustmentDocument document) {
        List<String> detailed = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<PlannedLine> lines = document.lines();
        for (int i = 0; i < lines.size(); i++) {
            PlannedLine line = lines.get(i);
            String name = "line " + (i + 1) + " (" + line.position() + ", count lines " + line.sourceLines() + ")";
            (line.position().detailed() ? detailed : plain).add(name);
        }
        if (!detailed.isEmpty() && !plain.isEmpty()) {
            throw new VendorRejected(List.of(new FieldError("LineItems",
                    "Order Time refuses a document where some lines have bin/lot details and others do not; "
                            + "without details: " + String.join(", ", plain)
                            + "; with details: " + String.join(", ", detailed)
                            + " (nothing was sent)")));
        }
    }
}
