package dev.stockadj.qoyod;

import dev.stockadj.plumbing.testing.EchoingVendor;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.testing.SecretScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every message the Qoyod adapter can throw, scanned for the configured credential: each operation against each
 * failing answer (401, 403, 422, 500, HTML, garbage), the answers echoing the credential header the request really
 * carried — and a credential that cannot be a header is refused by the settings, naming it, never showing it.
 */
class SecretScanTest {
    private static final String KEY = "qoyod-scan-key-5150";
    private static final String TOKEN = "qoyod-scan-token-6160";
    /** Status and body of each failing answer; {echo} becomes the credential header the request carried. */
    private static final Map<Integer, String> ANSWERS = Map.of(
            401, "{\"message\": \"Invalid API-KEY {echo}\"}",
            403, "Forbidden for {echo}",
            422, "{\"errors\": {\"key {echo}\": [\"{echo} is revoked\"]}, \"message\": \"{echo}\"}",
            500, "<html><body>Internal error for {echo}</body></html>",
            200, "<!DOCTYPE html><html><body>Sign in again, {echo}</body></html>",
            502, "\u0000\u0001{echo}\u00ff garbage {");

    private final EchoingVendor vendor = new EchoingVendor(List.of("API-KEY", "Authorization"), ANSWERS::get);

    @AfterEach
    void stop() throws IOException {
        vendor.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"api key", "access token"})
    void noFailureOfAnyOperationShowsTheCredential(String kind) {
        QoyodCredential credential = kind.equals("api key") ? QoyodCredential.apiKey(new Secret(KEY))
                : QoyodCredential.accessToken(new Secret(TOKEN));
        List<Throwable> failures = new ArrayList<>();
        try (QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(vendor.uri("/2.0"), credential))) {
            List<Supplier<Object>> operations = List.of(
                    () -> adapter.resolve(Set.of(new Sku("WID-A"))),
                    () -> adapter.read(new LocationId("12"), Set.of(new ItemId("88"))),
                    () -> adapter.verify(new LocationId("12"), Optional.of(new Accounts(new AccountId("301"),
                            new AccountId("502")))),
                    () -> adapter.post(Documents.vendorExample()));
            failures.addAll(vendor.failuresOver(ANSWERS.keySet(), operations));
        }

        assertThat(vendor.echoed()).as("every answer echoed the credential really sent").isNotEmpty()
                .allSatisfy(sent -> assertThat(sent).contains(credential.secret().reveal()));
        assertThat(failures).as("most answers fail most operations").hasSizeGreaterThan(ANSWERS.size() * 2)
                .allSatisfy(failure -> {
                    assertThat(failure).isInstanceOf(VendorFailure.class);
                    assertThat(SecretScan.found(failure, List.of(KEY, TOKEN))).as(SecretScan.everythingShown(failure))
                            .isEmpty();
                });
    }

    @Test
    void aCredentialThatCannotBeAHeaderIsRefusedNamingItWithoutShowingIt() {
        for (String bad : List.of("clé-5150-secrète", "key\u0001-5150", "key\t5150", " key-5150", "key-5150 ",
                "ключ-5150")) {
            assertThatThrownBy(() -> QoyodCredential.apiKey(new Secret(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Qoyod API key")
                    .hasMessageNotContaining(bad.strip());
            assertThatThrownBy(() -> QoyodCredential.accessToken(new Secret(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Qoyod access token")
                    .hasMessageNotContaining(bad.strip());
        }
        assertThat(QoyodCredential.apiKey(new Secret("key with inner spaces ~!")).secret().reveal())
                .isEqualTo("key with inner spaces ~!");
    }
}
