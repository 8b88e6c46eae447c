package dev.stockadj.app.cli;

import dev.stockadj.app.config.Config;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.app.wiring.Closer;
import dev.stockadj.plumbing.wiring.RunningSandbox;
import dev.stockadj.app.wiring.SandboxStarter;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sandbox", description = "Run a vendor's emulator in the foreground, for curl, until interrupted;"
        + " or, with --reset, forget the state the sandboxes keep between runs.")
final class SandboxCommand implements WiredCommand<SandboxCommand.Needs> {
    private static final int MAX_PORT = 65_535;

    @Option(names = "--vendor", paramLabel = "qoyod|foodics|ordertime",
            description = "which emulator (default: the configured vendor, else qoyod)")
    String vendor;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "the loopback port (default: a free one)")
    int port;

    @Option(names = "--reset", description = "delete the sandbox's saved state (every vendor's without --vendor),"
            + " so it starts again from its demo data, and exit without serving")
    boolean reset;

    @Option(names = "--reset-journal", description = "with --reset: also delete the sandbox journal under the stockadj"
            + " home, which remembers the counts of every vendor's sandbox runs")
    boolean resetJournal;

    @Spec
    CommandSpec spec;

    /**
     * The vendors' emulators, the configuration (its {@code vendor}), what closes the emulator when the run ends,
     * what keeps it in the foreground, the home holding the sandboxes' state, and the reset.
     */
    record Needs(Map<String, SandboxStarter> starters, Provider<Config> config, Closer closer, Foreground foreground,
                 StockadjHome home, SandboxReset resetting) {
        @Inject
        Needs {
        }
    }

    @Override
    public int run(Needs needs) throws InterruptedException {
        Map<String, SandboxStarter> starters = needs.starters();
        if (resetJournal && !reset) {
            throw new ConfigException("--reset-journal", "goes with --reset");
        }
        if (reset) {
            List<String> vendors = vendor != null ? List.of(known(vendor, starters))
                    : List.copyOf(new TreeSet<>(starters.keySet()));
            needs.resetting().reset(vendors, resetJournal, spec.commandLine().getOut());
            return ExitCode.OK.code();
        }
        if (port < 0 || port > MAX_PORT) {
            throw new ConfigException("--port", "must be 0 (a free port) to " + MAX_PORT + ", not " + port);
        }
        String name = known(vendor != null ? vendor : needs.config().get().get("vendor").orElse("qoyod"), starters);
        RunningSandbox sandbox = needs.closer().register(start(starters.get(name), needs.home()));
        Runtime.getRuntime().addShutdownHook(new Thread(needs.closer()::close, "stockadj-sandbox-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println(name + " sandbox running at " + sandbox.baseUrl());
        out.println("  headers (sandbox credentials): " + sandbox.headers().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        out.println("  seeded: " + new TreeMap<>(sandbox.demo()).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.println("  try: curl " + new TreeMap<>(sandbox.headers()).entrySet().stream()
                .map(e -> "-H '" + e.getKey() + ": " + e.getValue() + "' ").collect(Collectors.joining())
                + sandbox.baseUrl() + sandbox.tryPath());
        out.println("  state: " + needs.home().sandboxState(name) + " (kept between runs; `stockadj sandbox --reset"
                + " --vendor " + name + "` forgets it)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        needs.foreground().hold();
        return ExitCode.OK.code();
    }

    /** Listens on {@code --port}, or says why it cannot (taken) before anything is served. */
    private RunningSandbox start(SandboxStarter starter, StockadjHome home) {
        try {
            return starter.start(port, home);
        } catch (UncheckedIOException e) {
            throw new ConfigException("--port", "cannot listen on 127.0.0.1:" + port + " (is it in use?); pick"
                    + " another, or 0 for a free one");
        }
    }

    private String known(String name, Map<String, SandboxStarter> starters) {
        if (!starters.containsKey(name)) {
            throw new ConfigException(vendor != null ? "--vendor" : "vendor", "no sandbox for '" + name
                    + "'; known vendors: " + String.join(", ", new TreeSet<>(starters.keySet())));
        }
        return name;
    }
}
