package dev.stockadj.app.cli;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "apply", description = "Record the count at the vendor exactly once (a re-run continues the frozen plan).")
final class ApplyCommand implements Callable<Integer> {
    @Mixin
    CountOptions options;

    @Spec
    CommandSpec spec;

    private final CountRun run;

    @Inject
    ApplyCommand(CountRun run) {
        this.run = run;
    }

    @Override
    public Integer call() {
        return run.apply(options, spec);
    }
}
