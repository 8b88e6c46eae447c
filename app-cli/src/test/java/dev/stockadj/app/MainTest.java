package dev.stockadj.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void runsOneCommandThroughTheApplicationInjectorAndReturnsItsExitCode() {
        assertThat(Main.run(new String[] {"--version"})).isZero();
        assertThat(Main.run(new String[] {"resolve", "not-a-key", "--applied", "--journal"})).isEqualTo(2);
    }
}
