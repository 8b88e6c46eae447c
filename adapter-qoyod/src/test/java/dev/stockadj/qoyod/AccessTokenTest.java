package dev.stockadj.qoyod;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An OAuth 2.0 access token (seed document: "A valid OAuth 2.0 access token, or an API key … on every request";
 * its curl sends {@code Authorization: Bearer}) replaces the API key: every request carries
 * {@code Authorization: Bearer …} and no {@code API-KEY}, to the configured origin only, and the token never shows
 * in a message.
 */
class AccessTokenTest extends SandboxedAdapterTest {
    private static final String TOKEN = "oauth-token-9f2c71";

    @Override
    protected QoyodSettings settings() {
        return QoyodSettings.defaults(sandbox.baseUrl(), QoyodCredential.accessToken(sandbox.accessToken()));
    }

    @Test
    void everyRequestOfACountCarriesOnlyTheBearerToken() {
        adapter.read(new LocationId("12"), Set.of(new ItemId("88")));
        adapter.verify(new LocationId("12"), java.util.Optional.of(Documents.ACCOUNTS));
        PostedDocument posted = adapter.post(Documents.vendorExample());

        assertThat(posted.discrepancies()).isEmpty();
        assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).hasValueSatisfying(
                stock -> assertThat(new Quantity(stock)).isEqualTo(Quantity.of(50)));
        assertThat(sandbox.credentialHeaders()).hasSizeGreaterThanOrEqualTo(4).containsOnly("Authorization");
    }

    @Test
    void aWrongTokenIsAnAuthenticationFailureThatDoesNotShowTheToken() {
        try (QoyodAdapter wrong = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(),
                QoyodCredential.accessToken(new Secret(TOKEN))))) {
            VendorAuthFailed failure = catchThrowableOfType(
                    () -> wrong.read(new LocationId("12"), Set.of(new ItemId("88"))), VendorAuthFailed.class);

            assertThat(failure.status()).isEqualTo(401);
            assertThat(failure.getMessage()).doesNotContain(TOKEN);
        }
        assertThat(sandbox.credentialHeaders()).containsOnly("Authorization");
    }

    @Test
    void theTokenIsSentToTheConfiguredOriginOnlyAndMaskedWhenEchoed() throws IOException, InterruptedException {
        try (MockWebServer qoyod = new MockWebServer(); MockWebServer elsewhere = new MockWebServer()) {
            QoyodSettings settings = QoyodSettings.defaults(qoyod.url("/2.0").uri(),
                    QoyodCredential.accessToken(new Secret(TOKEN)));
            qoyod.enqueue(new MockResponse().setResponseCode(500).setBody("boom: Bearer " + TOKEN));
            elsewhere.enqueue(new MockResponse().setBody("{}"));
            try (QoyodAdapter adapter = QoyodAdapter.create(settings)) {
                VendorFailure failure = catchThrowableOfType(
                        () -> adapter.read(new LocationId("12"), Set.of(new ItemId("88"))), VendorFailure.class);
                assertThat(failure.getMessage()).doesNotContain(TOKEN);
            }
            RecordedRequest toQoyod = qoyod.takeRequest(1, TimeUnit.SECONDS);
            assertThat(toQoyod.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(toQoyod.getHeader("API-KEY")).isNull();

            OkHttpClient client = QoyodAdapter.client(settings).http();
            try (Response response = client.newCall(new Request.Builder().url(elsewhere.url("/2.0/products"))
                    .header("Authorization", "Bearer copied-by-mistake").header("API-KEY", "copied").build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }
            RecordedRequest toElsewhere = elsewhere.takeRequest(1, TimeUnit.SECONDS);
            assertThat(toElsewhere.getHeader("Authorization")).isNull();
            assertThat(toElsewhere.getHeader("API-KEY")).isNull();
            client.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void anApiKeyAdapterSendsOnlyTheKey() {
        try (QoyodAdapter keyed = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey()))) {
            keyed.read(new LocationId("12"), Set.of(new ItemId("88")));
        }
        assertThat(sandbox.credentialHeaders()).containsOnly("API-KEY");
    }
}
