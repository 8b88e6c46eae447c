package dev.stockadj.core.testing;

import dev.stockadj.core.port.out.VendorRejected;
import java.util.List;

/**
 * Everything a failure can show a user or a log — message, toString, field errors, causes and suppressed
 * failures — so a test can scan it for a configured secret.
 */
public final class SecretScan {
    private SecretScan() {
    }

    public static String everythingShown(Throwable failure) {
        StringBuilder shown = new StringBuilder();
        append(failure, shown, 0);
        return shown.toString();
    }

    /** The secrets of {@code values} that {@code failure} shows anywhere; empty when it shows none. */
    public static List<String> found(Throwable failure, List<String> values) {
        String shown = everythingShown(failure);
        return values.stream().filter(shown::contains).toList();
    }

    private static void append(Throwable failure, StringBuilder shown, int depth) {
        if (failure == null || depth > 10) {
            return;
        }
        shown.append(failure.getMessage()).append('\n').append(failure).append('\n');
        if (failure instanceof VendorRejected rejected) {
            rejected.errors().forEach(e -> shown.append(e.field()).append(' ').append(e.message()).append('\n'));
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            append(suppressed, shown, depth + 1);
        }
        append(failure.getCause(), shown, depth + 1);
    }
}
