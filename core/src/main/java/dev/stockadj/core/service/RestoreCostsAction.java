package dev.stockadj.core.service;

import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.PostedDocument;

import java.util.Optional;

/**
 * Creates the closed cost adjustment that sets each item back to its previous cost. Its reference is the step's key,
 * so after an uncertain outcome it is searched for by that key (within its branch and business date), as a
 * {@code costs apply} is.
 */
final class RestoreCostsAction implements UndoAction {
    private final Undo.RestoreCosts restore;
    private final CostAdjustmentPort costs;

    RestoreCostsAction(Undo.RestoreCosts restore, CostAdjustmentPort costs) {
        this.restore = restore;
        this.costs = costs;
    }

    @Override
    public PostedDocument send() {
        return posted(costs.create(restore.draft()));
    }

    @Override
    public Optional<PostedDocument> landed() {
        String key = restore.draft().reference().orElseThrow();
        return costs.list(CostAdjustmentFilter.none().withReference(key).withBranch(restore.draft().branch())
                .withBusinessDate(restore.draft().businessDate())).stream().findFirst().map(RestoreCostsAction::posted);
    }

    @Override
    public String howFound() {
        return "searching the vendor's cost adjustments by the step's key";
    }

    private static PostedDocument posted(CostAdjustment adjustment) {
        return new PostedDocument(new VendorDocumentId(adjustment.id().value()), "cost adjustment "
                + adjustment.id() + " " + adjustment.status().cliName());
    }
}
