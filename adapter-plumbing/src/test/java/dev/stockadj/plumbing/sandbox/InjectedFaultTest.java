package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InjectedFaultTest {
    @Test
    void eachFactoryMakesItsKind() {
        Answer busy = Answer.text(503, "busy");

        assertThat(InjectedFault.answer(busy)).isEqualTo(new InjectedFault.Answering(busy));
        assertThat(InjectedFault.delay(Duration.ofSeconds(2))).isEqualTo(new InjectedFault.Delaying(Duration.ofSeconds(2)));
        assertThat(InjectedFault.dropBeforeHandling()).isEqualTo(new InjectedFault.Dropping(false));
        assertThat(InjectedFault.dropAfterHandling()).isEqualTo(new InjectedFault.Dropping(true));
    }

    @Test
    void refusesANegativeDelayAndAMissingAnswer() {
        assertThatThrownBy(() -> InjectedFault.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InjectedFault.answer(null)).isInstanceOf(NullPointerException.class);
    }
}
