package dev.stockadj.app.config;

import dev.stockadj.plumbing.wiring.SandboxHome;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where stockadj keeps its files: {@code $STOCKADJ_HOME}, else {@code .stockadj} under {@code $HOME} as the
 * shell sees it (a container that puts {@code HOME} on a volume keeps its journal there), else under the JVM's
 * {@code user.home}. Holds the default journals, the sandboxes' state and the logs.
 */
public record StockadjHome(Path path) implements SandboxHome {
    public static final String HOME_VARIABLE = "STOCKADJ_HOME";

    public StockadjHome {
        path = path.toAbsolutePath().normalize();
    }

    public static StockadjHome of(Map<String, String> environment) {
        Optional<String> explicit = nonBlank(environment.get(HOME_VARIABLE));
        if (explicit.isPresent()) {
            return new StockadjHome(Path.of(explicit.get()));
        }
        String home = nonBlank(environment.get("HOME")).orElse(System.getProperty("user.home"));
        return new StockadjHome(Path.of(home, ".stockadj"));
    }

    /** The default journal: the real one, or the one {@code --sandbox} runs keep apart from it. */
    public Path journal(boolean sandbox) {
        return path.resolve(sandbox ? "sandbox-journal.db" : "journal.db");
    }

    /** Where the built-in sandbox of {@code vendor} keeps its state between runs. */
    @Override
    public Path sandboxState(String vendor) {
        return path.resolve("sandbox").resolve(vendor + ".json");
    }

    /** Where the log files are: {@code stockadj.log} and the older ones it rolled over to. */
    public Path logs() {
        return path.resolve("logs");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
