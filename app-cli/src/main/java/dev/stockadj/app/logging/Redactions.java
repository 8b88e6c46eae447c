package dev.stockadj.app.logging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials this process was configured with, replaced by {@code ***} in every log line that would
 * contain one — a stack trace's message included — whatever logged it. Nothing should log a credential in
 * the first place; this is the net under that rule.
 */
public final class Redactions {
    static final String MASK = "***";
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private Redactions() {
    }

    /** Masks {@code secret} in every line logged from now on. Blank or very short values are not masked. */
    public static void add(String secret) {
        if (secret != null && secret.strip().length() >= 4) {
            SECRETS.add(secret);
        }
    }

    static String apply(String line) {
        String redacted = line;
        for (String secret : SECRETS) {
            if (redacted.contains(secret)) {
                redacted = redacted.replace(secret, MASK);
            }
        }
        return redacted;
    }
}
