package dev.stockadj.plumbing.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerTest {
    @Test
    void eachFactoryNamesItsContentType() {
        assertThat(Answer.json(200, "{}").contentType()).isEqualTo("application/json; charset=utf-8");
        assertThat(Answer.text(404, "x").contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(Answer.html(503, "<p>").contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(Answer.empty(204).contentType()).isEmpty();
        assertThat(Answer.empty(204).body()).isEmpty();
    }

    @Test
    void writesDecimalsAsTheyAreNeverInExponentNotation() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("cost", new BigDecimal("1.25E+3")).put("n", 7);

        assertThat(Answer.json(200, node).bodyText()).isEqualTo("{\"cost\":1250,\"n\":7}");
    }

    @Test
    void aHeaderIsAddedOrReplacedWithoutLosingTheOthers() {
        Answer answer = Answer.text(429, "slow down").withHeader("Retry-After", "7").withHeader("X-A", "1")
                .withHeaders(Map.of("Retry-After", "9"));

        assertThat(answer.headers()).containsExactlyInAnyOrderEntriesOf(Map.of("Retry-After", "9", "X-A", "1"));
        assertThat(answer.bodyText()).isEqualTo("slow down");
        assertThat(answer.status()).isEqualTo(429);
    }

    @Test
    void anotherBodyKeepsStatusAndHeaders() {
        Answer answer = Answer.json(201, "{}").withHeader("Location", "/a").withBody(Answer.TEXT, "ok".getBytes());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.headers()).containsEntry("Location", "/a");
        assertThat(answer.bodyText()).isEqualTo("ok");
        assertThat(answer.isJson()).isFalse();
    }

    @Test
    void theBodyCannotBeChangedFromOutside() {
        byte[] bytes = {'a'};
        Answer answer = new Answer(200, Answer.TEXT, bytes, Map.of());
        bytes[0] = 'b';
        answer.body()[0] = 'c';

        assertThat(answer.bodyText()).isEqualTo("a");
    }

    @Test
    void successIsTheTwoHundreds() {
        assertThat(Answer.empty(200).isSuccess()).isTrue();
        assertThat(Answer.empty(299).isSuccess()).isTrue();
        assertThat(Answer.empty(302).isSuccess()).isFalse();
        assertThat(Answer.empty(199).isSuccess()).isFalse();
    }

    @Test
    void refusesWhatIsNoHttpStatus() {
        assertThatThrownBy(() -> Answer.empty(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answer.empty(600)).isInstanceOf(IllegalArgumentException.class);
    }
}
