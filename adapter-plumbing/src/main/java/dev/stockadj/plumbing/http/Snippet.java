package dev.stockadj.plumbing.http;

/**
 * How much of a vendor's answer a failure message quotes: its body on one line, redacted, cut to {@value #LENGTH}
 * characters — the same for every vendor, enough for an error page's title or a validation message, never a whole
 * page in a terminal or the journal.
 */
public final class Snippet {
    public static final int LENGTH = 300;

    private Snippet() {
    }

    /** {@code body} as a message may quote it; {@code (empty body)} when there is nothing. */
    public static String of(String body, Redactor redactor) {
        String flat = body == null ? "" : redactor.redact(body).strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "(empty body)";
        }
        return flat.length() > LENGTH ? flat.substring(0, LENGTH) + "…" : flat;
    }
}
