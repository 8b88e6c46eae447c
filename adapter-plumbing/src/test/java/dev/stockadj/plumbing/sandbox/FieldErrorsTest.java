package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldErrorsTest {
    @Test
    void collectsEveryMessageByFieldInTheOrderFound() {
        FieldErrors errors = FieldErrors.of("status", "is required").add("items.0.cost", "must be at least 0")
                .add("status", "is invalid");

        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.asMap()).containsExactly(java.util.Map.entry("status", List.of("is required", "is invalid")),
                java.util.Map.entry("items.0.cost", List.of("must be at least 0")));
        assertThat(errors.toJson().toString())
                .isEqualTo("{\"status\":[\"is required\",\"is invalid\"],\"items.0.cost\":[\"must be at least 0\"]}");
    }

    @Test
    void startsEmpty() {
        assertThat(new FieldErrors().isEmpty()).isTrue();
        assertThat(new FieldErrors().toJson().isEmpty()).isTrue();
    }
}
