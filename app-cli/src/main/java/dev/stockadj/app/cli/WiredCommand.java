package dev.stockadj.app.cli;

/**
 * A command the command line chose, with its options parsed: it runs on what this run's wiring builds for it
 * ({@code N}), built by the injector only after parsing, from the run's {@link dev.stockadj.app.config.Invocation}.
 * {@code N} is a record nested in the command, {@code Needs}, whose {@code @Inject} constructor names what the
 * command uses: the use cases it drives, by their {@code port.in} interfaces and as {@code Provider}s (each is
 * built when the command first asks for it, so the command's own arguments are checked before a vendor is
 * built), and whatever of the run it needs besides (its clock, its terminal). The class built is read from the
 * type argument ({@link Cli}), so a command names it once, where it says what it implements.
 *
 * @param <N> what the command needs from the wiring
 */
interface WiredCommand<N> {
    /** Does the command's work and returns its exit code; a failure it throws is reported by {@link FailureReport}. */
    int run(N needs) throws InterruptedException;
}
