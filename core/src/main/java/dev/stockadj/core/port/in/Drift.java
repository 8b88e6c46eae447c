package dev.stockadj.core.port.in;

import java.util.Locale;

/**
 * How a position stands against what stockadj last set it to. Drift after an apply is normal business (a sale), so
 * a document the vendor did not apply as sent is told apart from stock that moved since.
 */
public enum Drift {
    /** The vendor holds what was set. */
    MATCHES,
    /** The vendor never took it there: its document was not applied (rejected, uncertain, not sent) or not as sent. */
    NEVER_REACHED,
    /** It was taken there, and something else moved it since (a sale, another document). */
    MOVED_SINCE;

    /** The spelling in reports: {@code matches}, {@code never reached}, {@code moved since}. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
