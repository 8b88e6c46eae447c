package dev.stockadj.aolib;

import dev.stockadj.plumbing.testing.EchoingVendor;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.testing.SecretScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every message the Order Time adapter can throw, scanned for the configured secrets: each operation against each
 * failing answer (401, 403, 409, 500, HTML, garbage), the answers echoing the credential headers each request
 * really carried — and credentials that cannot be headers are refused by the settings, named, never shown.
 */
class SecretScanTest {
    private static final Secret API_KEY = new Secret("ot-scan-apikey-7170");
    private static final Secret PASSWORD = new Secret("ot-scan-password-8180");
    private static final Secret DEV_KEY = new Secret("ot-scan-devkey-9190");
    private static final List<String> SECRETS = List.of(API_KEY.reveal(), PASSWORD.reveal(), DEV_KEY.reveal());
    /** Status and body of each failing answer; {echo} becomes the credential headers the request carried. */
    private static final Map<Integer, String> ANSWERS = Map.of(
            401, "{\"Message\": \"Authorization has been denied for {echo}\"}",
            403, "Forbidden for {echo}",
            409, "[{\"ProperyName\": \"{echo}\", \"Message\": \"refused {echo}\", \"Value\": \"{echo}\"}]",
            500, "<html><body>NullReferenceException for {echo}</body></html>",
            200, "<!DOCTYPE html><html><body>Sign in again, {echo}</body></html>",
            502, "\u0000\u0001{echo}\u00ff garbage [");

    private final EchoingVendor vendor = new EchoingVendor(List.of("apiKey", "password", "DevKey"), ANSWERS::get);

    @AfterEach
    void stop() throws IOException {
        vendor.close();
    }

    @ParameterizedTest(name = "signed with {0}")
    @ValueSource(strings = {"password", "DevKey"})
    void noFailureOfAnyOperationShowsASecret(String signedWith) {
        Secret second = signedWith.equals("password") ? PASSWORD : DEV_KEY;
        List<Throwable> failures = new ArrayList<>();
        try (OrderTimeAdapter adapter = OrderTimeAdapter.create(settings(vendor.uri("/api"),
                signedWith.equals("password") ? Optional.of(PASSWORD) : Optional.empty(),
                signedWith.equals("DevKey") ? Optional.of(DEV_KEY) : Optional.empty()))) {
            var document = Fixtures.document(Fixtures.line(Fixtures.at(30, null, null), "0", "1"));
            List<Supplier<Object>> operations = List.of(
                    () -> adapter.resolve(Set.of(new Sku("WID-A"))),
                    () -> adapter.read(Fixtures.HQ, Set.of(Fixtures.item(30))),
                    () -> adapter.verify(Fixtures.HQ, Optional.of(new Accounts(new AccountId("32"),
                            new AccountId("33")))),
                    () -> adapter.post(document),
                    () -> adapter.find(document),
                    () -> adapter.read(new VendorDocumentId("5")));
            failures.addAll(vendor.failuresOver(ANSWERS.keySet(), operations));
        }

        assertThat(vendor.echoed()).as("every answer echoed the credentials really sent").isNotEmpty()
                .allSatisfy(sent -> assertThat(sent).contains(API_KEY.reveal(), second.reveal()));
        assertThat(failures).as("most answers fail most operations").hasSizeGreaterThan(ANSWERS.size() * 3)
                .allSatisfy(failure -> {
                    assertThat(failure).isInstanceOf(VendorFailure.class);
                    assertThat(SecretScan.found(failure, SECRETS)).as(SecretScan.everythingShown(failure)).isEmpty();
                });
    }

    @Test
    void credentialsThatCannotBeHeadersAreRefusedNamingThemWithoutShowingThem() {
        URI home = vendor.uri("/api");
        for (String bad : List.of("clé-7170-secrète", "key\u0001-7170", "key\t7170", " key-7170", "ключ-7170")) {
            assertThatThrownBy(() -> OrderTimeSettings.defaults(home, new Secret(bad), "ops@example.com",
                    Optional.of(PASSWORD), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Order Time API key").hasMessageNotContaining(bad.strip());
            assertThatThrownBy(() -> settings(home, Optional.of(new Secret(bad)), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Order Time password")
                    .hasMessageNotContaining(bad.strip());
            assertThatThrownBy(() -> settings(home, Optional.empty(), Optional.of(new Secret(bad))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Order Time dev key")
                    .hasMessageNotContaining(bad.strip());
        }
        assertThatThrownBy(() -> OrderTimeSettings.defaults(home, API_KEY, "jürgen@example.com", Optional.of(PASSWORD),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email");
    }

    private static OrderTimeSettings settings(URI home, Optional<Secret> password, Optional<Secret> devKey) {
        return OrderTimeSettings.defaults(home, API_KEY, "ops@example.com", password, devKey)
                .withRequestsPerMinute(OrderTimeSettings.MAX_REQUESTS_PER_MINUTE);
    }
}
