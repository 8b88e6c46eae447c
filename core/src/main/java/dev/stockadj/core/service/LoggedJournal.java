package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.out.JournalPort;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * A journal that logs, through {@link System.Logger} (the JDK's; an application routes it to its own logging), every
 * state change it records: the key, from → to, the vendor's id and the first words of the note, at INFO. Notes can
 * quote a vendor's answer, so only their start is logged; credentials never reach the core, so none can be logged.
 */
final class LoggedJournal extends ForwardingJournal {
    static final Logger LOG = System.getLogger("dev.stockadj.core.journal");
    private static final int NOTE_WORDS = 8;
    private static final int NOTE_CHARS = 80;
    private static final int MESSAGE_CHARS = 200;

    private LoggedJournal(JournalPort journal) {
        super(journal);
    }

    static JournalPort of(JournalPort journal) {
        return journal instanceof LoggedJournal ? journal : new LoggedJournal(journal);
    }

    @Override
    public boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        boolean frozen = journal().freeze(plan, planned);
        if (frozen) {
            LOG.log(Level.INFO, () -> "count " + plan.reference() + " frozen on " + plan.destination() + ": "
                    + planned.size() + " document(s)");
            planned.forEach(entry -> LOG.log(Level.INFO, () -> line(entry.key(), "(new)", entry)));
        } else {
            LOG.log(Level.INFO, () -> "count " + plan.reference() + " was frozen first by another run; continuing it");
        }
        return frozen;
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        boolean done = journal().transition(expected, next);
        if (done) {
            LOG.log(Level.INFO, () -> line(next.key(), expected.name(), next));
        } else {
            LOG.log(Level.INFO, () -> next.key() + " " + expected + " → " + next.state()
                    + " not recorded: another run changed it first");
        }
        return done;
    }

    private static String line(IdempotencyKey key, String from, JournalEntry next) {
        StringBuilder line = new StringBuilder().append(key).append(' ').append(from).append(" → ").append(next.state());
        next.vendorId().ifPresent(id -> line.append(", vendor id ").append(id));
        if (!next.errors().isEmpty()) {
            line.append(", ").append(next.errors().size()).append(" error(s)");
        }
        // a SENDING note tells other processes what they find; the sender's own log needs none of it
        String note = next.state() == DocumentState.SENDING ? "" : firstWords(next.note());
        if (!note.isEmpty()) {
            line.append(": ").append(note);
        }
        return line.toString();
    }

    /** {@code text} on one line, at most {@value #MESSAGE_CHARS} characters: a halt's message may quote the vendor. */
    static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= MESSAGE_CHARS ? line : line.substring(0, MESSAGE_CHARS) + "…";
    }

    /** The first words of {@code text} on one line, cut short: enough to say why, never a whole vendor answer. */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return "";
        }
        StringBuilder start = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, NOTE_WORDS); i++) {
            start.append(i == 0 ? "" : " ").append(words[i]);
        }
        boolean cut = words.length > NOTE_WORDS || start.length() > NOTE_CHARS;
        String shown = start.length() > NOTE_CHARS ? start.substring(0, NOTE_CHARS) : start.toString();
        return cut ? shown + "…" : shown;
    }
}
