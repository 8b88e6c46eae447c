package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxRequestTest {
    @Test
    void knowsWhichHeadersCameIgnoringCaseButKeepsNoValue() {
        SandboxRequest request = new SandboxRequest("GET", "/whoami", null, Set.of("Api-key", "Authorization"), true,
                200, Instant.EPOCH);

        assertThat(request.hasHeader("API-KEY")).isTrue();
        assertThat(request.hasHeader("authorization")).isTrue();
        assertThat(request.hasHeader("email")).isFalse();
        assertThat(request.query()).isEmpty();
    }

    @Test
    void showsItselfAsMethodPathAndQuery() {
        assertThat(new SandboxRequest("GET", "/products", "page=2", Set.of(), true, 200, Instant.EPOCH).line())
                .isEqualTo("GET /products?page=2");
        assertThat(new SandboxRequest("POST", "/list", "", Set.of(), false, 0, Instant.EPOCH).line())
                .isEqualTo("POST /list");
    }
}
