package dev.stockadj.app.archfixture;

import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.service.ResolveUncertainService;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * A deliberate violation, for ArchitectureTest only (never imported with the production classes): a command the
 * injector builds before anything is parsed, which builds its use case itself instead of asking the wiring for it.
 */
@Command(name = "fixture")
public final class CommandBuildingItsOwnUseCase implements Callable<Integer> {
    private final ResolveUncertainService resolution;

    @Inject
    public CommandBuildingItsOwnUseCase(JournalPort journal, ClockPort clock) {
        this.resolution = new ResolveUncertainService(journal, clock);
    }

    @Override
    public Integer call() {
        return resolution.hashCode() == 0 ? 1 : 0;
    }
}
