package dev.stockadj.plumbing.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateFileTest {
    record State(String vendor, int format, List<String> items) {
        State {
            StateFile.requireKind("a Test", "test", 1, vendor, format);
        }
    }

    @TempDir
    Path folder;

    private StateFile file(Path path) {
        return new StateFile("Test", path, new ObjectMapper());
    }

    @Test
    void noFileYetIsNoState() {
        assertThat(file(folder.resolve("none.json")).read(State.class)).isEmpty();
    }

    @Test
    void savesInAFolderItMakesAndReadsBackLeavingNothingAside() throws Exception {
        StateFile state = file(folder.resolve("sandbox/test.json"));

        state.save(() -> new State("test", 1, List.of("a")));
        state.save(() -> new State("test", 1, List.of("a", "b")));

        assertThat(state.read(State.class)).contains(new State("test", 1, List.of("a", "b")));
        try (Stream<Path> files = Files.list(folder.resolve("sandbox"))) {
            assertThat(files).containsExactly(state.path());
        }
    }

    @Test
    void whatIsNotJsonIsUnreadableNamingTheFileAndLeftAsItWas() throws Exception {
        Path path = Files.writeString(folder.resolve("test.json"), "{\"vendor\": \"test\", \"form");

        assertThatThrownBy(() -> file(path).read(State.class)).isInstanceOfSatisfying(SandboxStateUnreadable.class,
                e -> assertThat(e.file()).isEqualTo(path.toAbsolutePath())).hasMessageContaining("Test sandbox");
        assertThat(Files.readString(path)).endsWith("form");
    }

    @Test
    void anotherVendorsOrAnotherFormatsStateIsRefusedSayingWhich() throws Exception {
        Path other = Files.writeString(folder.resolve("other.json"), "{\"vendor\": \"qoyod\", \"format\": 1, \"items\": []}");
        Path future = Files.writeString(folder.resolve("future.json"), "{\"vendor\": \"test\", \"format\": 2, \"items\": []}");

        assertThatThrownBy(() -> file(other).read(State.class)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining("not a Test sandbox's state (vendor qoyod)");
        assertThatThrownBy(() -> file(future).read(State.class)).isInstanceOf(SandboxStateUnreadable.class)
                .hasMessageContaining("state format 2 is not 1");
    }

    @Test
    void aStateTheVendorRefusesAfterReadingIsSaidTheSameWay() {
        StateFile state = file(folder.resolve("test.json"));

        assertThat(state.unreadable("unknown branch b-9", null)).hasMessageContaining("unknown branch b-9")
                .hasMessageContaining(state.path().toString());
    }
}
