package dev.stockadj.app.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.journal.ApplyProgress;
import dev.stockadj.app.logging.Verbosity;
import dev.stockadj.core.port.out.ClockPort;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What the command line adds to a run's wiring: the progress bar an apply draws on stderr, which the apply use
 * case is told of (the wiring's default tells nobody).
 */
final class CliModule extends AbstractModule {
    private final PrintWriter err;

    CliModule(PrintWriter err) {
        this.err = err;
    }

    @Override
    protected void configure() {
        Provider<Optional<ProgressBar>> bar = getProvider(new Key<Optional<ProgressBar>>() { });
        OptionalBinder.newOptionalBinder(binder(), ApplyProgress.class).setBinding()
                .toProvider(() -> bar.get().<ApplyProgress>map(drawn -> drawn).orElse(ApplyProgress.NONE));
    }

    /**
     * The run's progress bar: drawn on a terminal only, never under {@code --json}, nor with {@code -v}/{@code -vv}
     * (log lines would tear the line apart). Built when an apply first asks for it; whoever asked closes it.
     */
    @Provides
    @Singleton
    Optional<ProgressBar> progressBar(Invocation invocation, Terminal terminal, ClockPort clock) {
        boolean drawn = !invocation.json() && invocation.verbosity() == Verbosity.QUIET && terminal.interactive();
        return drawn ? Optional.of(ProgressBar.ticking(err, clock)) : Optional.empty();
    }
}
