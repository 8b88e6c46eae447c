package dev.stockadj.plumbing.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.plan.Accounts;
import java.net.URI;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shapes every vendor shares are read, and refused, alike: the refusal names the key. */
class VendorSettingsTest {
    private static final Accounts DEMO = new Accounts(new AccountId("1"), new AccountId("2"));

    /** Only {@code get} and {@code source} matter here; the rest is the application's. */
    private record Settings(Map<String, String> values) implements VendorSettings {
        public String source() {
            return "test.properties";
        }

        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        public Secret secret(String key) {
            throw new UnsupportedOperationException();
        }

        public Optional<Secret> optionalSecret(String key) {
            throw new UnsupportedOperationException();
        }

        public String headerText(String key) {
            throw new UnsupportedOperationException();
        }

        public int positiveInt(String key, int fallback, int max) {
            return get(key).map(Integer::parseInt).orElse(fallback);
        }

        public URI baseUrl(String key, URI fallback) {
            return fallback;
        }
    }

    @Test
    void aLocationIsTheSettingElseTheDemoOne() {
        assertThat(new Settings(Map.of("v.location", "7")).location("v.location", Optional.of("12")))
                .contains(new LocationId("7"));
        assertThat(new Settings(Map.of()).location("v.location", Optional.of("12"))).contains(new LocationId("12"));
        assertThat(new Settings(Map.of()).location("v.location", Optional.empty())).isEmpty();
    }

    @Test
    void accountsAreBothOrNoneAndOneAloneNamesTheMissingKey() {
        assertThat(new Settings(Map.of()).accounts("v.gain", "v.loss", Optional.of(DEMO))).contains(DEMO);
        assertThat(new Settings(Map.of("v.gain", "3", "v.loss", "4")).accounts("v.gain", "v.loss", Optional.of(DEMO)))
                .contains(new Accounts(new AccountId("3"), new AccountId("4")));
        assertThatThrownBy(() -> new Settings(Map.of("v.gain", "3")).accounts("v.gain", "v.loss", Optional.empty()))
                .isInstanceOfSatisfying(SettingRefused.class, e -> assertThat(e.key()).isEqualTo("v.loss"))
                .hasMessage("v.loss: missing setting (in test.properties); set both v.gain and v.loss");
    }

    @Test
    void theCurrencyIsTheSettingElseTheVendorsAndABadCodeNamesTheKey() {
        assertThat(new Settings(Map.of()).currency("SAR")).isEqualTo(Currency.getInstance("SAR"));
        assertThat(new Settings(Map.of("currency", "USD")).currency("SAR")).isEqualTo(Currency.getInstance("USD"));
        assertThatThrownBy(() -> new Settings(Map.of("currency", "XX")).currency("SAR"))
                .isInstanceOfSatisfying(SettingRefused.class, e -> assertThat(e.key()).isEqualTo("currency"))
                .hasMessageStartingWith("currency: invalid value 'XX'");
    }

    @Test
    void whatAnAdapterStillRefusesIsRefusedUnderItsVendorsSettings() {
        assertThat(VendorSettings.checked("v", () -> "ok")).isEqualTo("ok");
        assertThatThrownBy(() -> VendorSettings.checked("v", () -> {
            throw new IllegalArgumentException("rate too high");
        })).isInstanceOfSatisfying(SettingRefused.class, e -> assertThat(e.reason()).isEqualTo("rate too high"))
                .hasMessage("v.*: rate too high");
    }

    @Test
    void openedThingsCloseInReverseOrderAndOneFailureKeepsNoneOpen() {
        StringBuilder closed = new StringBuilder();
        Opened opened = new Opened();
        opened.add(() -> closed.append("emulator;"));
        opened.add(() -> {
            closed.append("adapter;");
            throw new IllegalStateException("refused to close");
        });

        opened.close();

        assertThat(closed).hasToString("adapter;emulator;");
    }
}
