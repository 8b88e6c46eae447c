package dev.stockadj.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.stockadj.app.cli.Foreground;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.app.logging.Verbosity;
import dev.stockadj.core.port.out.JournalPort;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    @TempDir
    Path home;

    @Test
    void runsOneCommandThroughTheApplicationInjectorAndReturnsItsExitCode() {
        assertThat(run(application(), "--version")).isZero();
        assertThat(run(application(), "resolve", "not-a-key", "--applied", "--journal")).isEqualTo(2);
    }

    @Test
    void theRunIsWiredFromWhatTheCommandLineChoseAfterItIsParsed() {
        List<Invocation> wired = new ArrayList<>();
        Path journal = home.resolve("chosen.db");

        int exit = run(invocation -> {
            wired.add(invocation);
            return application().apply(invocation);
        }, "--journal", journal.toString(), "-v", "journal", "--sandbox", "--json");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(wired).containsExactly(new Invocation(Optional.empty(), Optional.of(journal.toString()), true, true,
                false, Verbosity.INFO));
        assertThat(journal).as("the journal the command line named").isRegularFile();
    }

    @Test
    void nothingIsWiredForAnArgumentThatCannotBeParsedNorForACommandOfCommandsGivenNone() {
        Function<Invocation, List<Module>> never = invocation -> {
            throw new AssertionError("wired for " + invocation);
        };

        int refused = run(never, "apply", "--json", "--date", "tomorrow", "count.csv");
        int costs = run(never, "costs");

        assertThat(refused).isEqualTo(2);
        assertThat(costs).isEqualTo(2);
        assertThat(err.toString()).contains("--date", "(see: stockadj apply --help)", "Usage: stockadj costs")
                .doesNotContain("wired for");
        assertThat(out.toString()).contains("\"result\" : \"invalid\"", "\"field\" : \"--date\"");
    }

    @Test
    void runningOutOfMemoryInACommandExitsThreeWithOneLineAndNoStackTrace() {
        Foreground exhausted = () -> {
            throw new OutOfMemoryError("Java heap space");
        };

        int exit = run(with(binder -> binder.bind(Foreground.class).toInstance(exhausted)), "sandbox", "--port", "0");

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).startsWith("stockadj: out of memory").doesNotContain("\tat ", "Error:")
                .hasLineCount(1);
    }

    @Test
    void aStackOverflowUnderJsonIsOneJsonObjectWithExitCodeThree() throws Exception {
        Module overflowing = binder -> binder.bind(JournalPort.class).toProvider(() -> {
            throw new StackOverflowError();
        });

        int exit = run(with(overflowing), "journal", "--json");

        assertThat(exit).isEqualTo(3);
        JsonNode printed = new ObjectMapper().readTree(out.toString());
        assertThat(printed.get("exit_code").asInt()).isEqualTo(3);
        assertThat(printed.get("message").asText()).contains("StackOverflowError", "--debug");
        assertThat(err.toString()).hasLineCount(1).doesNotContain("\tat ");
    }

    @Test
    void aFailureWhileBuildingTheInjectorIsOneLineExitThreeAndItsMessageIsNotShown() {
        Module broken = new AbstractModule() {
            @Override
            protected void configure() {
                throw new IllegalStateException("wiring broke near key-never-shown-77");
            }
        };

        int exit = run(invocation -> List.of(broken), "journal");

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).startsWith("stockadj: an unforeseen failure").hasLineCount(1)
                .doesNotContain("key-never-shown-77", "\tat ");
    }

    @Test
    void debugAddsTheStackTraceOnStderr() {
        Module broken = new AbstractModule() {
            @Override
            protected void configure() {
                throw new IllegalStateException("wiring broke");
            }
        };

        int exit = run(invocation -> List.of(broken), "--debug", "journal");

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).startsWith("stockadj: an unforeseen failure").contains("\tat ", "wiring broke");
    }

    private Function<Invocation, List<Module>> application() {
        return invocation -> dev.stockadj.app.wiring.Modules.all(environment(), invocation);
    }

    private Function<Invocation, List<Module>> with(Module override) {
        return invocation -> List.of(Modules.override(application().apply(invocation)).with(override));
    }

    /** A temporary stockadj home: the log file goes there, never into the real home. */
    private Map<String, String> environment() {
        return Map.of(StockadjHome.HOME_VARIABLE, home.toString());
    }

    private int run(Function<Invocation, List<Module>> modules, String... args) {
        return Main.run(args, environment(), modules, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
