package dev.stockadj.plumbing.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeptStateTest {
    /** A sandbox's whole state, as a vendor's state record is. */
    record Counter(int count) {
        Counter {
            if (count < 0) {
                throw new IllegalArgumentException("a count below zero: " + count);
            }
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicInteger count = new AtomicInteger();

    @TempDir
    Path folder;

    private KeptState kept(Optional<Path> file) {
        return KeptState.in(file, "Test", mapper, () -> new Counter(count.get()));
    }

    private static Answer failed(String reason) {
        return Answer.text(500, reason);
    }

    @Test
    void keptNowhereRestoresNothingAndSavesNothing() {
        KeptState nowhere = kept(Optional.empty());

        assertThat(nowhere.restore(Counter.class, c -> count.set(c.count()))).isFalse();
        assertThat(nowhere.saveAfter(Answer.empty(200), KeptStateTest::failed).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulWriteIsSavedAndTheNextRunRestoresIt() {
        Path file = folder.resolve("sandbox/test.json");
        KeptState first = kept(Optional.of(file));
        assertThat(first.restore(Counter.class, c -> count.set(c.count()))).as("no file yet").isFalse();

        count.set(7);
        assertThat(first.saveAfter(Answer.json(200, "{}"), KeptStateTest::failed).status()).isEqualTo(200);
        count.set(0);

        assertThat(kept(Optional.of(file)).restore(Counter.class, c -> count.set(c.count()))).isTrue();
        assertThat(count).hasValue(7);
    }

    @Test
    void aRefusedWriteIsNotSaved() {
        Path file = folder.resolve("test.json");
        Answer refused = Answer.json(422, "{}");

        assertThat(kept(Optional.of(file)).saveAfter(refused, KeptStateTest::failed)).isSameAs(refused);
        assertThat(file).doesNotExist();
    }

    @Test
    void aSaveThatFailsIsAnsweredWithTheVendorsFailure() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");

        Answer answer = kept(Optional.of(notAFolder.resolve("test.json"))).saveAfter(Answer.empty(200),
                KeptStateTest::failed);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.bodyText()).startsWith("the sandbox could not save its state: ");
    }

    @Test
    void aStateTheVendorRefusesIsUnreadableNamingTheFile() throws Exception {
        Path file = Files.writeString(folder.resolve("test.json"), "{\"count\": 3}");

        assertThatThrownBy(() -> kept(Optional.of(file)).restore(Counter.class, c -> {
            throw new IllegalStateException("item i-ghost is unknown");
        })).isInstanceOf(SandboxStateUnreadable.class).hasMessageContaining(file.toString())
                .hasMessageContaining("item i-ghost is unknown");
        assertThatThrownBy(() -> kept(Optional.of(Files.writeString(file, "{\"count\": -1}")))
                .restore(Counter.class, c -> count.set(c.count())))
                .isInstanceOf(SandboxStateUnreadable.class).hasMessageContaining("a count below zero: -1");
    }
}
