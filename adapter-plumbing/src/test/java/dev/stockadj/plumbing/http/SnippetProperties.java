package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quoted answer is one line, at most {@value Snippet#LENGTH} characters and an ellipsis, and shows no secret. */
class SnippetProperties {

    @Property
    void aSnippetIsOneShortLineWithoutTheSecret(@ForAll @StringLength(max = 2_000) String body,
            @ForAll @AlphaChars @StringLength(min = 4, max = 40) String secret, @ForAll boolean echoed) {
        String answer = echoed ? body.substring(0, body.length() / 2) + secret + body.substring(body.length() / 2) : body;

        String snippet = Snippet.of(answer, new Redactor(List.of(new Secret(secret))));

        assertThat(snippet).doesNotContain(secret).doesNotContain("\n").doesNotContain("\r");
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippet.LENGTH + 1);
    }

    @Property
    void aSecretThatContainsAnotherIsMaskedWhole(@ForAll @AlphaChars @StringLength(min = 3, max = 20) String inner) {
        Redactor redactor = new Redactor(List.of(new Secret(inner), new Secret("Bearer " + inner + "-x")));

        // only digits and spaces around the secrets: a generated secret such as "sen" must not meet a word of the text
        assertThat(redactor.redact("1 Bearer " + inner + "-x 2 " + inner)).isEqualTo("1 **** 2 ****");
    }
}
