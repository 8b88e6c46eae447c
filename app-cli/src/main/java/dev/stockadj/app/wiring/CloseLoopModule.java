package dev.stockadj.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.core.port.in.ReadRevertsUseCase;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.service.ReadRevertsService;
import java.time.Duration;

/** Verify, revert and draft updates ({@link CloseLoop}), built lazily as the other use cases are. */
public final class CloseLoopModule extends AbstractModule {
    @Provides
    RevertJournalPort reverts(JournalPort journal) {
        if (journal instanceof RevertJournalPort reverts) {
            return reverts;
        }
        throw new ConfigException("journal", "the journal " + journal + " keeps no reverts");
    }

    @Provides
    CloseLoop closeLoop(VendorPorts vendor, JournalPort journal, RevertJournalPort reverts, ClockPort clock,
                        Config config) {
        return new CloseLoop(vendor, journal, reverts, clock, config.duration(AppModule.SENDING_LEASE,
                StockAdj.DEFAULT_SENDING_LEASE, Duration.ofSeconds(1), Duration.ofDays(1)));
    }

    @Provides
    ReadRevertsUseCase revertSteps(RevertJournalPort reverts) {
        return new ReadRevertsService(reverts);
    }
}
