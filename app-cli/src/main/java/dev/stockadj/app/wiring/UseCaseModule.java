package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import dev.stockadj.app.config.Config;
import dev.stockadj.app.journal.ApplyProgress;
import dev.stockadj.app.journal.ProgressJournal;
import dev.stockadj.core.port.in.ApplyCountUseCase;
import dev.stockadj.core.port.in.CorrectCostsUseCase;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import dev.stockadj.core.port.in.PlanCountUseCase;
import dev.stockadj.core.port.in.ReadJournalUseCase;
import dev.stockadj.core.port.in.ReadRevertsUseCase;
import dev.stockadj.core.port.in.ResolveUncertainUseCase;
import dev.stockadj.core.port.in.RevertCountUseCase;
import dev.stockadj.core.port.in.UpdateDraftCostsUseCase;
import dev.stockadj.core.port.in.VerifyCountUseCase;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.core.service.DocumentsAndSteps;
import dev.stockadj.core.service.ManageCostAdjustmentsService;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.core.service.ReadJournalService;
import dev.stockadj.core.service.ReadRevertsService;
import dev.stockadj.core.service.ResolveUncertainService;
import dev.stockadj.core.service.RevertCostsService;
import dev.stockadj.core.service.RevertCountService;
import dev.stockadj.core.service.UpdateDraftCostsService;
import dev.stockadj.core.service.VerifyCostsService;
import dev.stockadj.core.service.VerifyCountService;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place the use cases are built, each bound by its driving port ({@code port.in}): a command asks for
 * the use cases it drives by those interfaces and never builds one. Those that need the vendor build it (the
 * configured one, {@link AppModule}) when first asked; the journal's need no vendor at all. Verify and revert take
 * the route the vendor's ports say: a vendor that keeps cost adjustments (Foodics) has its costs runs checked and
 * undone, any other its counts.
 */
public final class UseCaseModule extends AbstractModule {
    /** How long a document found SENDING is left to the process that may still be sending it. */
    static final String SENDING_LEASE = "journal.sending-lease";

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), ApplyProgress.class).setDefault().toInstance(ApplyProgress.NONE);
    }

    /** Plans as apply would: reads the journal (never writes it), so a frozen count shows as apply would continue it. */
    @Provides
    PlanCountUseCase planning(ConfiguredVendor vendor, JournalPort journal) {
        return new PlanCountService(vendor.ports(), journal);
    }

    /** Applies counts, telling {@code progress} (the command line's bar, or nobody) how many documents are settled. */
    @Provides
    ApplyCountUseCase applying(ConfiguredVendor vendor, JournalPort journal, ClockPort clock, Config config,
                               ApplyProgress progress) {
        JournalPort watched = progress == ApplyProgress.NONE ? journal : new ProgressJournal(journal, progress);
        return new ApplyCountService(vendor.ports(), watched, clock, sendingLease(config));
    }

    /** Cost corrections; a vendor that keeps no cost adjustments has every one refused. */
    @Provides
    CorrectCostsUseCase correcting(ConfiguredVendor vendor) {
        return new CorrectCostsService(vendor.ports());
    }

    /** The vendor's cost adjustments, or empty when it keeps none (Qoyod, Order Time). */
    @Provides
    Optional<ManageCostAdjustmentsUseCase> costAdjustments(ConfiguredVendor vendor) {
        return vendor.ports().costs().map(ManageCostAdjustmentsService::new);
    }

    @Provides
    ReadJournalUseCase readJournal(JournalPort journal) {
        return new ReadJournalService(journal);
    }

    /** Settles an uncertain document, or an uncertain step of a revert, by its key. */
    @Provides
    ResolveUncertainUseCase resolve(JournalPort journal, ClockPort clock) {
        return new ResolveUncertainService(DocumentsAndSteps.of(journal), clock);
    }

    @Provides
    ReadRevertsUseCase revertSteps(RevertJournalPort reverts) {
        return new ReadRevertsService(reverts);
    }

    /** A count checked against the vendor's stock now; for a vendor of cost adjustments, a costs run. */
    @Provides
    VerifyCountUseCase verifying(ConfiguredVendor vendor, JournalPort journal, RevertJournalPort reverts) {
        VendorPorts ports = vendor.ports();
        return ports.costs().isPresent() ? new VerifyCostsService(ports, reverts)
                : new VerifyCountService(ports, journal, reverts);
    }

    /** A count undone exactly once; for a vendor of cost adjustments, a costs run. */
    @Provides
    RevertCountUseCase reverting(ConfiguredVendor vendor, JournalPort journal, RevertJournalPort reverts,
                                 ClockPort clock, Config config) {
        VendorPorts ports = vendor.ports();
        return ports.costs().isPresent() ? new RevertCostsService(ports, reverts, clock, sendingLease(config))
                : new RevertCountService(ports, journal, reverts, clock, sendingLease(config));
    }

    /** A draft's costs replaced; a vendor that keeps no cost adjustments has every update refused. */
    @Provides
    UpdateDraftCostsUseCase draftCosts(ConfiguredVendor vendor) {
        return new UpdateDraftCostsService(vendor.ports());
    }

    private static Duration sendingLease(Config config) {
        return config.duration(SENDING_LEASE, ApplyCountService.DEFAULT_SENDING_LEASE, Duration.ofSeconds(1),
                Duration.ofDays(1));
    }
}
