package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad and hostile inputs, one folder each under {@code src/test/resources/corpus}: count and costs
 * files, configurations, arguments, journal locations. Each must end with its exit code and a message naming the
 * problem, with no stack trace, no secret, and nothing sent to the vendor.
 *
 * <p>A case folder holds {@code case.properties} and whatever files it names:
 * <ul>
 *   <li>{@code args.1}, {@code args.2}, … — the arguments, in order; {@code {dir}} is replaced by the case's folder
 *       (copied to a temporary one), {@code {journal}} by a fresh journal file, {@code {config}} by the harness's
 *       configuration (the in-memory vendor), {@code {busyport}} by a loopback port held open (in use) for the run;</li>
 *   <li>{@code vendor} — {@code absolute} (default), {@code delta} or {@code costs}: the in-memory vendor the
 *       harness's configuration names; with {@code raw = true} the arguments are passed as they are, with no
 *       {@code --config} or {@code --journal} added;</li>
 *   <li>{@code exit} — the exit code; {@code expect.1}, {@code expect.2}, … — text the output (stdout and stderr)
 *       must contain; {@code secret.1}, … — text it must not (every {@code env.*} value counts as one too);</li>
 *   <li>{@code env.NAME} — an environment variable for the run;</li>
 *   <li>{@code json = true} — stdout must be one JSON object whose {@code exit_code} is the exit code;</li>
 *   <li>{@code rename} — a new name for the file {@code rename.from} (default {@code count.csv}) of the copied
 *       folder, given before the run; {@code {renamed}} in the arguments is its path. For names a folder cannot
 *       hold portably: Properties escapes ({@code \n}, {@code \u0020}) write a newline or a leading space;
 *       {@code rename.repeat = N} repeats the name's first character N times in front of it (long names);</li>
 *   <li>{@code max_output} — the most characters the output (stdout and stderr) may have.</li>
 * </ul>
 */
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyBadInputEndsCleanlyWithNothingSent() throws IOException, URISyntaxException {
        Path corpus = Path.of(BadInputCorpusTest.class.getResource("/corpus").toURI());
        List<Path> cases;
        try (Stream<Path> folders = Files.list(corpus)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> run(folder)));
    }

    private void run(Path source) throws IOException {
        Properties spec = new Properties();
        try (Reader reader = Files.newBufferedReader(source.resolve("case.properties"), StandardCharsets.UTF_8)) {
            spec.load(reader);
        }
        Path dir = copy(source, work.resolve(source.getFileName().toString()));
        CliHarness cli = switch (spec.getProperty("vendor", "absolute")) {
            case "delta" -> CliHarness.delta(dir.resolve("harness"), 50);
            case "costs" -> CliHarness.costs(dir.resolve("harness"));
            default -> CliHarness.absolute(dir.resolve("harness"));
        };
        List<String> secrets = new ArrayList<>(numbered(spec, "secret"));
        spec.stringPropertyNames().stream().filter(k -> k.startsWith("env.")).forEach(k -> {
            cli.withEnvironment(k.substring(4), spec.getProperty(k));
            secrets.add(spec.getProperty(k));
        });
        String renamed = rename(spec, dir);
        CliHarness.Run run;
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> args = numbered(spec, "args").stream().map(a -> a.replace("{renamed}", renamed)
                    .replace("{dir}", dir.toString())
                    .replace("{journal}", cli.journal.toString()).replace("{config}", cli.config.toString())
                    .replace("{busyport}", String.valueOf(busy.getLocalPort()))).toList();
            run = Boolean.parseBoolean(spec.getProperty("raw"))
                    ? cli.runRaw(args.toArray(String[]::new)) : cli.run(args.toArray(String[]::new));
        }

        String output = run.out() + run.err();
        int exit = Integer.parseInt(spec.getProperty("exit"));
        assertThat(run.exit()).as(output).isEqualTo(exit);
        for (String expected : numbered(spec, "expect")) {
            assertThat(output).contains(expected);
        }
        assertThat(output).as("no stack trace").doesNotContain("\tat ", "Exception:", "Error:");
        secrets.stream().filter(s -> s.length() >= 4).forEach(s -> assertThat(output).as("no secret").doesNotContain(s));
        assertThat(cli.vendor.sends()).as("nothing sent").isEmpty();
        assertThat(cli.vendor.adjustmentsCreated()).as("no cost adjustment created").isZero();
        if (spec.containsKey("max_output")) {
            assertThat(output.length()).as("output length").isLessThanOrEqualTo(Integer.parseInt(spec.getProperty("max_output")));
        }
        if (Boolean.parseBoolean(spec.getProperty("json"))) {
            JsonNode printed = JSON.readTree(run.out());
            assertThat(printed.isObject()).as(run.out()).isTrue();
            assertThat(printed.path("exit_code").asInt(-1)).isEqualTo(exit);
        }
    }

    /** Renames the case's file as {@code rename} says; returns its new path, or "" without {@code rename}. */
    private static String rename(Properties spec, Path dir) throws IOException {
        if (!spec.containsKey("rename")) {
            return "";
        }
        String name = spec.getProperty("rename");
        int repeat = Integer.parseInt(spec.getProperty("rename.repeat", "0"));
        name = String.valueOf(name.charAt(0)).repeat(repeat) + name;
        return Files.move(dir.resolve(spec.getProperty("rename.from", "count.csv")), dir.resolve(name)).toString();
    }

    private static List<String> numbered(Properties spec, String prefix) {
        List<String> values = new ArrayList<>();
        for (int n = 1; spec.containsKey(prefix + "." + n); n++) {
            values.add(spec.getProperty(prefix + "." + n));
        }
        return values;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
