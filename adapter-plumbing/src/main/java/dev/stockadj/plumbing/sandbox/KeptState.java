package dev.stockadj.plumbing.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a sandbox keeps its state between runs: in a {@link StateFile}, or nowhere (a test's sandbox). At start
 * the saved state replaces the seed; after each write that succeeded the whole state is saved before the answer
 * leaves, so what a client was told was stored is on disk.
 */
public final class KeptState {
    private final Optional<StateFile> file;
    private final Supplier<?> snapshot;

    private KeptState(Optional<StateFile> file, Supplier<?> snapshot) {
        this.file = file;
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot is required");
    }

    /**
     * @param path     the state file, or empty to keep nothing
     * @param vendor   names the sandbox in messages
     * @param snapshot the whole state as the vendor saves it (a record the mapper writes)
     */
    public static KeptState in(Optional<Path> path, String vendor, ObjectMapper mapper, Supplier<?> snapshot) {
        return new KeptState(path.map(p -> new StateFile(vendor, p, mapper)), snapshot);
    }

    /**
     * Gives the saved state to {@code into} and answers true; false when there is none (no file yet, or none kept).
     *
     * @throws SandboxStateUnreadable when the file cannot be read, or {@code into} refuses what it holds
     */
    public <T> boolean restore(Class<T> type, Consumer<T> into) {
        Optional<T> saved = file.flatMap(f -> f.read(type));
        if (saved.isEmpty()) {
            return false;
        }
        try {
            into.accept(saved.get());
            return true;
        } catch (RuntimeException e) {
            throw file.get().unreadable(e.getMessage() != null ? e.getMessage() : e.toString(), e);
        }
    }

    /**
     * Saves the state after a write {@code answer}ed with success, and answers it; a save that fails is answered
     * with {@code failed} given the reason (the write stays in memory: a failure that may have landed, as a real
     * server error is). Other answers pass as they are.
     */
    public Answer saveAfter(Answer answer, Function<String, Answer> failed) {
        if (!answer.isSuccess() || file.isEmpty()) {
            return answer;
        }
        try {
            file.get().save(snapshot);
            return answer;
        } catch (IOException e) {
            return failed.apply("the sandbox could not save its state: " + e);
        }
    }
}
