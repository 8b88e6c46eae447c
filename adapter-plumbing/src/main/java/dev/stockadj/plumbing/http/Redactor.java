package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Masks an adapter's secrets in any text that came from the vendor or a failure (should an answer echo a
 * credential) before it reaches a message, a log or the journal. Longer secrets are masked first, so one that
 * contains another is not left half shown.
 */
public final class Redactor implements UnaryOperator<String> {
    public static final String MASK = "****";

    private final List<String> secrets;

    public Redactor(Collection<Secret> secrets) {
        this.secrets = secrets.stream().map(Secret::reveal).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** {@code text} with every secret masked; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }

    @Override
    public String apply(String text) {
        return redact(text);
    }
}
