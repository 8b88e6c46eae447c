package dev.stockadj.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./stockadj} launcher, in a copy of the repository's layout with stand-ins for
 * {@code mvn} and {@code java} on the PATH that record how they were called: it builds when the
 * jar is missing or older than a source, and otherwise runs the jar straight away.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "stockadj").toAbsolutePath().normalize();

    @TempDir
    Path repo;

    private Path calls;
    private Path jar;
    private Path source;

    @BeforeEach
    void layout() throws IOException {
        Files.copy(LAUNCHER, repo.resolve("stockadj"));
        repo.resolve("stockadj").toFile().setExecutable(true);
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        source = repo.resolve("app-cli/src/main/java/Main.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Main {}");
        Files.writeString(repo.resolve("app-cli/pom.xml"), "<project/>");
        jar = repo.resolve("app-cli/target/stockadj.jar");
        calls = repo.resolve("calls.log");
        Path bin = Files.createDirectories(repo.resolve("bin"));
        stub(bin.resolve("mvn"), "echo \"mvn $*\" >> " + calls + "; mkdir -p app-cli/target; touch app-cli/target/stockadj.jar");
        stub(bin.resolve("java"), "echo \"java $*\" >> " + calls);
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        file.toFile().setExecutable(true);
    }

    private List<String> launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(repo.resolve("stockadj").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", repo.resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : List.of();
    }

    @Test
    void buildsTheJarWhenItIsMissingThenRunsItWithTheArguments() throws Exception {
        List<String> calls = launch("apply", "--sandbox", "count.csv");

        assertThat(calls).containsExactly("mvn -B -q -DskipTests -pl app-cli -am package",
                "java -jar " + jar.toRealPath() + " apply --sandbox count.csv");
    }

    @Test
    void runsAnUpToDateJarWithoutBuilding() throws Exception {
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(repo.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(60)));
        Files.setLastModifiedTime(repo.resolve("app-cli/pom.xml"), FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(launch("--help")).singleElement().asString().startsWith("java -jar");
    }

    @Test
    void rebuildsWhenASourceIsNewerThanTheJar() throws Exception {
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(launch("--help")).first().asString().startsWith("mvn ");
    }
}
