package dev.stockadj.app.cli;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.port.in.ResolveResult;
import dev.stockadj.core.port.in.ResolveUncertainUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "resolve", description = "Settle an UNCERTAIN document after looking in the vendor's books.")
final class ResolveCommand implements WiredCommand<ResolveCommand.Needs> {
    @Parameters(index = "0", paramLabel = "KEY", description = "the document's key (sa1-...), as the journal shows it")
    String key;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Verdict verdict;

    static final class Verdict {
        @Option(names = "--applied", required = true, description = "the vendor has it: mark it APPLIED")
        boolean applied;

        @Option(names = "--not-applied", required = true, description = "the vendor has not: send it on the next apply")
        boolean notApplied;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    SandboxOption sandbox;

    /** The use case. */
    record Needs(Provider<ResolveUncertainUseCase> resolution) {
        @Inject
        Needs {
        }
    }

    @Override
    public int run(Needs needs) {
        IdempotencyKey idempotencyKey = Values.of("KEY", key, IdempotencyKey::new);
        ResolveResult result = needs.resolution().get().resolve(idempotencyKey, verdict.applied);
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof ResolveResult.Resolved resolved) {
            out.println(key + " is now " + resolved.entry().state() + ": " + resolved.entry().note());
        } else if (result instanceof ResolveResult.NotUncertain not) {
            out.println(key + " is " + not.entry().state() + ", not UNCERTAIN; nothing changed");
        } else {
            out.println("the journal has no document " + key);
        }
        out.flush();
        return ExitCode.of(result).code();
    }
}
