package dev.stockadj.app.wiring;

import dev.stockadj.app.journal.ApplyProgress;
import dev.stockadj.app.journal.ProgressJournal;
import dev.stockadj.core.port.in.ApplyCountUseCase;
import dev.stockadj.core.port.in.CorrectCostsUseCase;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import dev.stockadj.core.port.in.PlanCountUseCase;
import dev.stockadj.core.port.in.ReadJournalUseCase;
import dev.stockadj.core.port.in.ResolveUncertainUseCase;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.core.service.ManageCostAdjustmentsService;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.core.service.ReadJournalService;
import dev.stockadj.core.service.ResolveUncertainService;
import java.time.Duration;
import java.util.Optional;

/**
 * The library's object graph for one vendor, in plain Java: every use case built from the vendor's
 * ports, a journal and a clock. Guice builds it the same way ({@link AppModule}); an application
 * without Guice constructs it directly (see the root README).
 */
public final class StockAdj {
    private final ConfiguredVendor vendor;
    private final JournalPort journal;
    private final ClockPort clock;
    private final Duration sendingLease;

    /** How long a document found SENDING is taken to belong to a live process sharing the journal. */
    public static final Duration DEFAULT_SENDING_LEASE = Duration.ofMinutes(5);

    public StockAdj(ConfiguredVendor vendor, JournalPort journal, ClockPort clock) {
        this(vendor, journal, clock, DEFAULT_SENDING_LEASE);
    }

    /** @param sendingLease how long a document found SENDING is left to the process that may still be sending it */
    public StockAdj(ConfiguredVendor vendor, JournalPort journal, ClockPort clock, Duration sendingLease) {
        this.vendor = vendor;
        this.journal = journal;
        this.clock = clock;
        this.sendingLease = sendingLease;
    }

    public ConfiguredVendor vendor() {
        return vendor;
    }

    /** Plans as apply would: reads the journal (never writes it), so a frozen count shows as apply would continue it. */
    public PlanCountUseCase planning() {
        return new PlanCountService(vendor.ports(), journal);
    }

    public ApplyCountUseCase applying() {
        return applying(ApplyProgress.NONE);
    }

    /** Applies counts, telling {@code progress} how many documents are settled. */
    public ApplyCountUseCase applying(ApplyProgress progress) {
        JournalPort watched = progress == ApplyProgress.NONE ? journal : new ProgressJournal(journal, progress);
        return new ApplyCountService(vendor.ports(), watched, clock, sendingLease);
    }

    /** Cost corrections; a vendor that keeps no cost adjustments refuses every one. */
    public CorrectCostsUseCase costCorrection() {
        return new CorrectCostsService(vendor.ports());
    }

    /** The vendor's cost adjustments, or empty when it keeps none (Qoyod, Order Time). */
    public Optional<ManageCostAdjustmentsUseCase> costAdjustments() {
        return vendor.ports().costs().map(ManageCostAdjustmentsService::new);
    }

    public ReadJournalUseCase journal() {
        return new ReadJournalService(journal);
    }

    public ResolveUncertainUseCase resolution() {
        return new ResolveUncertainService(journal, clock);
    }
}
