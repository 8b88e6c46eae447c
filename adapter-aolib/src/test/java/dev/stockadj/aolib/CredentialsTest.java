package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Credentials go to the configured host only, and never into a message or a toString. */
class CredentialsTest {

    private static final Secret API_KEY = new Secret("key-abc-123");
    private static final Secret PASSWORD = new Secret("pw-def-456");
    private static final Secret DEV_KEY = new Secret("dev-ghi-789");
    private static final String EMAIL = "me@shop.example";
    private MockWebServer home;
    private MockWebServer elsewhere;

    @BeforeEach
    void start() throws IOException {
        home = new MockWebServer();
        elsewhere = new MockWebServer();
        home.start();
        elsewhere.start();
    }

    @AfterEach
    void stop() throws IOException {
        home.shutdown();
        elsewhere.shutdown();
    }

    @Test
    void theClientSignsRequestsForTheConfiguredHostOnly() throws Exception {
        OkHttpClient client = OrderTimeAdapter.client(Fixtures.settings(home.url("/api").uri(), API_KEY,
                "me@shop.example", PASSWORD)).http();
        home.enqueue(new MockResponse());
        elsewhere.enqueue(new MockResponse());

        call(client, home.url("/api/list"));
        call(client, elsewhere.url("/api/list"));

        RecordedRequest signed = home.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest unsigned = elsewhere.takeRequest(1, TimeUnit.SECONDS);
        assertThat(signed.getHeader("apiKey")).isEqualTo(API_KEY.reveal());
        assertThat(signed.getHeader("password")).isEqualTo(PASSWORD.reveal());
        assertThat(unsigned.getHeaders().names()).doesNotContain("apiKey", "email", "password", "DevKey");
        client.dispatcher().executorService().shutdown();
    }

    @Test
    void aRedirectElsewhereIsNotFollowed() {
        home.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", elsewhere.url("/api/adjustment")));
        try (var adapter = OrderTimeAdapter.create(Fixtures.settings(home.url("/api").uri(), API_KEY, "me@shop.example",
                PASSWORD))) {
            assertThatThrownBy(() -> adapter.read(new VendorDocumentId("5"))).isInstanceOf(VendorProtocolError.class);
        }
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void aDevKeyIsSentInsteadOfAPassword() throws Exception {
        home.enqueue(new MockResponse().setBody("[]"));
        var settings = new OrderTimeSettings(home.url("/api").uri(), API_KEY, "me@shop.example", Optional.empty(),
                Optional.of(new Secret("dev-789")), OrderTimeSettings.DEFAULT_CONNECT_TIMEOUT,
                OrderTimeSettings.DEFAULT_READ_TIMEOUT, 600, 10);
        try (var adapter = OrderTimeAdapter.create(settings)) {
            adapter.read(Fixtures.HQ, Set.of(Fixtures.item(1)));
        }

        RecordedRequest request = home.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHeader("DevKey")).isEqualTo("dev-789");
        assertThat(request.getHeader("password")).isNull();
    }

    @Test
    void theSandboxAcceptsADevKey() {
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0);
             var adapter = OrderTimeAdapter.create(new OrderTimeSettings(sandbox.baseUrl(), sandbox.apiKey(),
                     sandbox.email(), Optional.empty(), Optional.of(sandbox.devKey()),
                     OrderTimeSettings.DEFAULT_CONNECT_TIMEOUT, OrderTimeSettings.DEFAULT_READ_TIMEOUT, 6000, 10))) {
            assertThat(adapter.resolve(Set.of(new dev.stockadj.core.model.Sku(OrderTimeSeed.PAINT_SKU))).found())
                    .hasSize(1);
        }
    }

    @Test
    void anAnswerEchoingASecretIsScrubbed() {
        home.enqueue(new MockResponse().setResponseCode(409).setBody("[{\"ProperyName\":\"apiKey\",\"Message\":"
                + "\"key " + API_KEY.reveal() + " is disabled\",\"Value\":\"" + PASSWORD.reveal() + "\"}]"));
        try (var adapter = OrderTimeAdapter.create(Fixtures.settings(home.url("/api").uri(), API_KEY, "me@shop.example",
                PASSWORD))) {
            var document = Fixtures.document(Fixtures.line(Fixtures.at(30, null, null), "0", "1"));

            VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(document));

            assertThat(rejected.errors()).hasSize(1);
            assertThat(rejected.errors().get(0).field()).isEqualTo("apiKey");
            assertThat(rejected.getMessage()).contains("key **** is disabled", "(value: ****)")
                    .doesNotContain(API_KEY.reveal(), PASSWORD.reveal());
        }
    }

    /**
     * Order Time echoing the credentials it was sent, in every kind of failing answer: no failure
     * thrown carries a secret, in its message, its toString or its causes. Each answer must show
     * {@code ****}, so the echo did reach the message and was scrubbed there, not dropped.
     */
    @ParameterizedTest(name = "signed with {0}")
    @ValueSource(strings = {"password", "DevKey"})
    void noFailureCarriesASecretEvenWhenTheAnswersEchoThem(String signedWith) {
        Secret second = signedWith.equals("password") ? PASSWORD : DEV_KEY;
        String echo = "apiKey=" + API_KEY.reveal() + " email=" + EMAIL + " " + signedWith + "=" + second.reveal();
        List<Class<? extends VendorFailure>> expected = List.of(VendorRejected.class, VendorRejected.class,
                VendorRejected.class, VendorUnavailable.class, VendorUnavailable.class, VendorProtocolError.class,
                VendorProtocolError.class, VendorProtocolError.class); // the last one a read, the others posts
        answer(400, "text/plain", "The request could not be processed: " + echo);
        answer(409, "application/json", "[{\"ProperyName\":\"" + second.reveal() + "\",\"Message\":\"refused "
                + echo + "\",\"Value\":\"" + second.reveal() + "\"},{\"ProperyName\":\"apiKey\",\"Message\":"
                + "\"disabled\",\"Value\":\"" + API_KEY.reveal() + "\"}]");
        answer(400, "application/json", "{\"Message\":\"" + echo + "\"}");
        answer(500, "text/plain", "NullReferenceException while signing in " + echo);
        answer(503, "text/html", "<html><body>Service unavailable for " + echo + "</body></html>");
        answer(200, "text/html", "<!DOCTYPE html><html><body>Sign in again: " + echo + "</body></html>");
        answer(418, "text/plain", echo);

        try (var adapter = OrderTimeAdapter.create(signedWith.equals("password")
                ? Fixtures.settings(home.url("/api").uri(), API_KEY, EMAIL, PASSWORD)
                : new OrderTimeSettings(home.url("/api").uri(), API_KEY, EMAIL, Optional.empty(), Optional.of(DEV_KEY),
                OrderTimeSettings.DEFAULT_CONNECT_TIMEOUT, OrderTimeSettings.DEFAULT_READ_TIMEOUT, 600, 10))) {
            var document = Fixtures.document(Fixtures.line(Fixtures.at(30, null, null), "0", "1"));
            List<VendorFailure> failures = new ArrayList<>();
            for (int i = 0; i < expected.size() - 1; i++) {
                failures.add(catchThrowableOfType(VendorFailure.class, () -> adapter.post(document)));
            }
            home.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                    .setBody("<html><body>Sign in again: " + echo + "</body></html>"));
            failures.add(catchThrowableOfType(VendorFailure.class,
                    () -> adapter.read(Fixtures.HQ, Set.of(Fixtures.item(30)))));

            assertThat(failures).extracting(Object::getClass).containsExactlyElementsOf(expected);
            assertThat(failures).map(CredentialsTest::everythingShown).allSatisfy(shown -> assertThat(shown)
                    .contains("****").doesNotContain(API_KEY.reveal(), second.reveal()));
        }
        assertThat(home.getRequestCount()).isEqualTo(expected.size());
    }

    /** The message and toString of a failure and of each of its causes. */
    private static String everythingShown(Throwable failure) {
        StringBuilder shown = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            shown.append(t.getMessage()).append('\n').append(t).append('\n');
        }
        return shown.toString();
    }

    private void answer(int status, String contentType, String body) {
        home.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", contentType).setBody(body));
    }

    @Test
    void settingsNeverPrintTheirSecrets() {
        var settings = Fixtures.settings(home.url("/api").uri(), API_KEY, "me@shop.example", PASSWORD);

        assertThat(settings.toString()).doesNotContain(API_KEY.reveal(), PASSWORD.reveal()).contains("me@shop.example");
    }

    @Test
    void settingsTakeExactlyOneOfPasswordAndDevKey() {
        assertThatThrownBy(() -> OrderTimeSettings.defaults(home.url("/api").uri(), API_KEY, "me@shop.example",
                Optional.of(PASSWORD), Optional.of(new Secret(OrderTimeSeed.DEV_KEY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> OrderTimeSettings.defaults(home.url("/api").uri(), API_KEY, "me@shop.example",
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    private static void call(OkHttpClient client, HttpUrl url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
    }
}
