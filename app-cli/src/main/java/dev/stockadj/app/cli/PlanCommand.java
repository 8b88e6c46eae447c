package dev.stockadj.app.cli;

import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "Show the variance and the documents applying the count would send; sends nothing.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    CountOptions options;

    @Spec
    CommandSpec spec;

    private final CountRun run;

    @Inject
    PlanCommand(CountRun run) {
        this.run = run;
    }

    @Override
    public Integer call() {
        return run.plan(options, spec);
    }
}
