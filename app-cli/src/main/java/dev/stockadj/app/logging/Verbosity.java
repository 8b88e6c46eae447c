package dev.stockadj.app.logging;

/** How much of the log reaches stderr: nothing (the default), INFO ({@code -v}) or DEBUG ({@code -vv}). */
public enum Verbosity {
    QUIET, INFO, DEBUG;

    /** From how many times {@code -v} was given. */
    public static Verbosity of(int times) {
        return times <= 0 ? QUIET : times == 1 ? INFO : DEBUG;
    }
}
