package dev.stockadj.journal;

/**
 * The journal's place holds something stockadj must not take over: a file that is not a stockadj journal (another
 * application's database, an empty file, not a database at all), or a journal written by a newer stockadj. Nothing
 * was read or sent; the user names another journal or upgrades (exit 2).
 */
public final class JournalRefused extends RuntimeException {
    public JournalRefused(String message) {
        super(message);
    }
}
