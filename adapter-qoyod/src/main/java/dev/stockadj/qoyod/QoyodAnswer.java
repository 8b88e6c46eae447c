package dev.stockadj.qoyod;

import java.util.Objects;
import java.util.Optional;

/** What Qoyod answered to one request: status, the whole body, and the headers the mapping needs. */
record QoyodAnswer(int status, String body, Optional<String> contentType, Optional<String> retryAfter) {
    QoyodAnswer {
        body = body == null ? "" : body;
        Objects.requireNonNull(contentType, "contentType is required (may be empty)");
        Objects.requireNonNull(retryAfter, "retryAfter is required (may be empty)");
    }

    boolean looksLikeHtml() {
        String text = body.stripLeading();
        return text.startsWith("<") || contentType.map(t -> t.contains("html")).orElse(false);
    }
}
