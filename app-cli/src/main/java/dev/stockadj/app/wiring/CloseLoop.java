package dev.stockadj.app.wiring;

import dev.stockadj.core.port.in.ReadRevertsUseCase;
import dev.stockadj.core.port.in.RevertCountUseCase;
import dev.stockadj.core.port.in.UpdateDraftCostsUseCase;
import dev.stockadj.core.port.in.VerifyCountUseCase;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.DeletePostedDocumentPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.ReadUnitCostsPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.service.ReadRevertsService;
import dev.stockadj.core.service.RevertCostsService;
import dev.stockadj.core.service.RevertCountService;
import dev.stockadj.core.service.UpdateDraftCostsService;
import dev.stockadj.core.service.VerifyCostsService;
import dev.stockadj.core.service.VerifyCountService;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What closes the loop after an apply, for one configured vendor: verify (the books against what was set), revert
 * (undo an applied count, exactly once) and a draft's costs replaced. A vendor that takes stock counts verifies and
 * reverts counts; one that keeps cost adjustments (Foodics) verifies and reverts cost corrections. The ports a vendor
 * offers beyond {@link VendorPorts} (deleting a posted document, reading costs now) are found on its adapter.
 */
public final class CloseLoop {
    private static final ReadUnitCostsPort NO_COSTS = (branch, items) -> Map.of();

    private final VendorPorts vendor;
    private final JournalPort journal;
    private final RevertJournalPort reverts;
    private final ClockPort clock;
    private final Duration sendingLease;

    public CloseLoop(VendorPorts vendor, JournalPort journal, RevertJournalPort reverts, ClockPort clock,
                     Duration sendingLease) {
        this.vendor = vendor;
        this.journal = journal;
        this.reverts = reverts;
        this.clock = clock;
        this.sendingLease = sendingLease;
    }

    public VerifyCountUseCase verifying() {
        return vendor.costs().<VerifyCountUseCase>map(costs -> new VerifyCostsService(vendor.quantities().destination(),
                        costs, unitCosts(costs), reverts))
                .orElseGet(() -> new VerifyCountService(vendor.quantities(), journal, reverts));
    }

    public RevertCountUseCase reverting() {
        return vendor.costs().<RevertCountUseCase>map(costs -> new RevertCostsService(vendor.capabilities().vendor(),
                        vendor.quantities().destination(), costs, unitCosts(costs), reverts, clock, sendingLease))
                .orElseGet(() -> new RevertCountService(vendor.quantities(), deletes(), journal, reverts, clock,
                        sendingLease));
    }

    /** A draft's costs replaced; empty when the vendor keeps no cost adjustments. */
    public Optional<UpdateDraftCostsUseCase> draftCosts() {
        return vendor.costs().map(costs -> new UpdateDraftCostsService(vendor.capabilities(),
                vendor.quantities().items(), costs));
    }

    public ReadRevertsUseCase revertSteps() {
        return new ReadRevertsService(reverts);
    }

    /** The vendor's deletes, when its adapter offers them (Order Time). */
    private Optional<DeletePostedDocumentPort> deletes() {
        return vendor.quantities().poster() instanceof DeletePostedDocumentPort delete ? Optional.of(delete)
                : Optional.empty();
    }

    private static ReadUnitCostsPort unitCosts(CostAdjustmentPort costs) {
        return costs instanceof ReadUnitCostsPort read ? read : NO_COSTS;
    }
}
