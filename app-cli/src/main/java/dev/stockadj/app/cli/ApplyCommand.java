package dev.stockadj.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "apply", description = "Record the count at the vendor exactly once (a re-run continues the frozen plan).")
final class ApplyCommand implements WiredCommand<CountRun> {
    @Mixin
    CountOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public int run(CountRun run) {
        return run.apply(options, spec);
    }
}
