package dev.stockadj.costadj;

import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.http.RateLimit;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FoodicsSettingsTest {
    private static final URI BASE = URI.create("https://api.foodics.com/v5");
    private static final Secret TOKEN = new Secret("t");

    @Test
    void defaultsToCostAdjustmentsThirtyPerMinuteAndWhoami() {
        FoodicsSettings settings = FoodicsSettings.defaults(BASE, TOKEN);

        assertThat(settings.resourcePath()).isEqualTo("/cost_adjustments");
        assertThat(settings.rateLimit()).contains(RateLimit.perMinute(30));
        assertThat(settings.creatorId()).isEmpty();
        assertThat(settings.relativeResource()).isEqualTo("cost_adjustments");
    }

    @Test
    void takesTheTransactionsPath() {
        assertThat(FoodicsSettings.defaults(BASE, TOKEN).withResourcePath("/cost_adjustment_transactions")
                .relativeResource()).isEqualTo("cost_adjustment_transactions");
    }

    @Test
    void rejectsAPathThatIsNotAResource() {
        assertThatThrownBy(() -> FoodicsSettings.defaults(BASE, TOKEN).withResourcePath("cost_adjustments"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FoodicsSettings.defaults(BASE, TOKEN).withResourcePath("/../admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsABaseUrlWithoutHostOrWithCredentials() {
        assertThatThrownBy(() -> FoodicsSettings.defaults(URI.create("file:/tmp/x"), TOKEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FoodicsSettings.defaults(URI.create("https://u:p@api.foodics.com/v5"), TOKEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonPositiveRatesAndTimeouts() {
        assertThatThrownBy(() -> FoodicsSettings.defaults(BASE, TOKEN).withRequestsPerMinute(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FoodicsSettings.defaults(BASE, TOKEN).withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
