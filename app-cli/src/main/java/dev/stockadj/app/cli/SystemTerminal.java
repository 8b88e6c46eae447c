package dev.stockadj.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Whether stderr — where progress is drawn — is a terminal, whatever stdout is (redirected to a file under
 * {@code --json}, say). Java 17 cannot ask that of stderr ({@code System.console()} needs stdin and stdout to be
 * terminals too), so: {@code TERM} must be set and not {@code dumb}, and on Linux file descriptor 2 must point at a
 * terminal device ({@code /proc/self/fd/2} → {@code /dev/pts/N} or {@code /dev/ttyN}). Where {@code /proc} cannot
 * tell (macOS, Windows), it falls back to {@code System.console()}: no progress when stdout is redirected there.
 */
final class SystemTerminal implements Terminal {
    private static final Path STDERR = Path.of("/proc/self/fd/2");

    @Override
    public boolean interactive() {
        return interactive(System.getenv(), stderrDevice(), System.console() != null);
    }

    static boolean interactive(Map<String, String> environment, Optional<String> stderrDevice, boolean console) {
        String term = environment.get("TERM");
        if (term == null || term.isBlank() || term.equals("dumb")) {
            return false;
        }
        return stderrDevice.map(device -> device.startsWith("/dev/pts/") || device.startsWith("/dev/tty"))
                .orElse(console);
    }

    private static Optional<String> stderrDevice() {
        try {
            return Optional.of(Files.readSymbolicLink(STDERR).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
