package dev.stockadj.journal;

/** The journal cannot be opened, read or written. Nothing more is sent; re-running is safe (exit 3). */
public final class JournalFailure extends RuntimeException {
    public JournalFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
