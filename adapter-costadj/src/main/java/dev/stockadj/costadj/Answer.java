package dev.stockadj.costadj;

import java.util.Objects;

/** A successful answer: its status and its body text. */
record Answer(int status, String body) {
    Answer {
        Objects.requireNonNull(body, "body is required (may be empty)");
    }
}
