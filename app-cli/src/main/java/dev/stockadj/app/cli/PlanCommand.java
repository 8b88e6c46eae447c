package dev.stockadj.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plan", description = "Show the variance and the documents applying the count would send; sends nothing.")
final class PlanCommand implements WiredCommand<CountRun> {
    @Mixin
    CountOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public int run(CountRun run) {
        return run.plan(options, spec);
    }
}
