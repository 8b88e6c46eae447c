package dev.stockadj.plumbing.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One set of settings checks, with one set of messages, for every vendor. */
class SettingsCheckTest {
    @Test
    void aBaseUrlIsAnHttpOrHttpsUrlWithAHostAndNothingElse() {
        assertThat(SettingsCheck.baseUrl("v", URI.create("HTTPS://api.example/v5"))).hasHost("api.example");
        assertThatThrownBy(() -> SettingsCheck.baseUrl("v", URI.create("ftp://api.example/v5")))
                .hasMessageContaining("v base URL must be an absolute http or https URL");
        assertThatThrownBy(() -> SettingsCheck.baseUrl("v", URI.create("file:/tmp/x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettingsCheck.baseUrl("v", URI.create("https://u:p@api.example/v5")))
                .hasMessage("v base URL must carry no user info, query or fragment");
        assertThatThrownBy(() -> SettingsCheck.baseUrl("v", URI.create("https://api.example/v5?x=1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeoutsArePositiveAndCountsInRange() {
        assertThatThrownBy(() -> SettingsCheck.positive("read timeout", Duration.ZERO))
                .hasMessage("read timeout must be positive: PT0S");
        assertThatThrownBy(() -> SettingsCheck.count("requests per minute", 0, 10))
                .hasMessage("requests per minute must be from 1 to 10: 0");
        assertThat(SettingsCheck.count("requests per minute", 10, 10)).isEqualTo(10);
    }
}
