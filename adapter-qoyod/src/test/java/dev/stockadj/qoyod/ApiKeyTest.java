package dev.stockadj.qoyod;

import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The API key goes to the configured origin only and never shows in an error message. */
class ApiKeyTest {
    private static final String KEY = "sk-live-7f3a9c";

    private final MockWebServer qoyod = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private QoyodSettings settings;
    private QoyodAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        qoyod.start();
        elsewhere.start();
        settings = QoyodSettings.defaults(qoyod.url("/2.0").uri(), new Secret(KEY));
        adapter = QoyodAdapter.create(settings);
    }

    @AfterEach
    void stop() throws IOException {
        adapter.close();
        qoyod.shutdown();
        elsewhere.shutdown();
    }

    @Test
    void sendsTheKeyToTheConfiguredHostOnEveryRequest() throws InterruptedException {
        qoyod.enqueue(new MockResponse().setResponseCode(404).setBody("Sorry, we found nothing."));
        qoyod.enqueue(new MockResponse().setBody("{\"accounts\": []}"));

        adapter.read(new LocationId("12"), Set.of(new ItemId("88")));
        adapter.resolve(Set.of());

        RecordedRequest read = qoyod.takeRequest(1, TimeUnit.SECONDS);
        assertThat(read.getHeader("API-KEY")).isEqualTo(KEY);
        assertThat(read.getHeader("User-Agent")).startsWith("stockadj/");
        assertThat(qoyod.getRequestCount()).as("no SKUs, no request").isEqualTo(1);
    }

    @Test
    void aRequestToAnotherPortOnTheSameHostGetsNoKey() throws IOException, InterruptedException {
        elsewhere.enqueue(new MockResponse().setBody("{}"));
        OkHttpClient client = QoyodAdapter.client(settings).http();

        try (Response response = client.newCall(new Request.Builder().url(elsewhere.url("/2.0/products"))
                .header("API-KEY", "copied-by-mistake").build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }

        RecordedRequest request = elsewhere.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHeader("API-KEY")).isNull();
        assertThat(request.getHeader("User-Agent")).startsWith("stockadj/");
        client.dispatcher().executorService().shutdown();
    }

    @Test
    void aRedirectToAnotherHostIsNeitherFollowedNorGivenTheKey() {
        qoyod.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", elsewhere.url("/2.0/products")));

        assertThatThrownBy(() -> adapter.read(new LocationId("12"), Set.of(new ItemId("88"))))
                .isInstanceOf(VendorProtocolError.class);
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void theKeyNeverAppearsInAnErrorMessageEvenWhenTheServerEchoesIt() {
        qoyod.enqueue(new MockResponse().setResponseCode(500).setBody("<html>bad key " + KEY + "</html>"));
        qoyod.enqueue(new MockResponse().setBody("Invalid API-KEY " + KEY));
        qoyod.enqueue(new MockResponse().setResponseCode(422).setBody("{\"errors\": [\"key " + KEY + " is revoked\"]}"));
        qoyod.enqueue(new MockResponse().setResponseCode(401).setBody(KEY));
        qoyod.enqueue(new MockResponse().setBody("<html>" + KEY + "</html>"));

        for (int i = 0; i < 4; i++) {
            VendorFailure failure = catchThrowableOfType(VendorFailure.class, () -> adapter.post(Documents.vendorExample()));
            assertThat(failure).isNotNull();
            assertThat(failure.getMessage()).doesNotContain(KEY);
            assertThat(String.valueOf(failure.getCause())).doesNotContain(KEY);
        }
        VendorFailure onRead = catchThrowableOfType(VendorFailure.class, () -> adapter.resolve(Set.of(new Sku("X"))));
        assertThat(onRead).isInstanceOf(VendorProtocolError.class);
        assertThat(onRead.getMessage()).doesNotContain(KEY).contains("****");
    }

    @Test
    void theKeyEchoedInAnErrorsFieldNameOrMessageIsRedactedFromEveryFieldError() {
        qoyod.enqueue(new MockResponse().setBody("{\"errors\": {\"api_key " + KEY + "\": [\"is not allowed\"],"
                + " \"line_items\": [\"key " + KEY + " is revoked\"]}}"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(Documents.vendorExample()));

        assertThat(rejected.errors()).containsExactly(new FieldError("api_key ****", "is not allowed"),
                new FieldError("line_items", "key **** is revoked"));
        assertThat(rejected.getMessage()).doesNotContain(KEY);
        assertThat(rejected.toString()).doesNotContain(KEY);
    }

    @Test
    void settingsNeverShowTheKey() {
        assertThat(settings.toString()).doesNotContain(KEY);
    }
}
