package dev.stockadj.costadj;

import dev.stockadj.core.model.Secret;

import java.util.Objects;

/** Takes the bearer token out of text that came from Foodics, should an answer echo it. */
final class Redactor {
    static final String MASK = "****";

    private final Secret token;

    Redactor(Secret token) {
        this.token = Objects.requireNonNull(token, "token is required");
    }

    /** {@code text} with every occurrence of the token masked; null stays null. */
    String redact(String text) {
        return text == null ? null : text.replace(token.reveal(), MASK);
    }
}
