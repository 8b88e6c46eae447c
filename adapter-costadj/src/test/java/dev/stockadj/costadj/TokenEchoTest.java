package dev.stockadj.costadj;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.testing.ManualClock;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Foodics echoing the request's bearer token back in its answers: the token never reaches a
 * failure's message, toString, field errors or causes. The answers are made from the
 * Authorization header each request really carried, and each failure must show {@code ****},
 * so an echo that was dropped on the way cannot pass for one that was redacted.
 */
class TokenEchoTest {
    private static final String TOKEN = "tokLive7f3a9cSecret";
    private static final CostAdjustmentId ID = new CostAdjustmentId("ca-1");

    private final MockWebServer server = new MockWebServer();
    /**
     * The answers, in order; in a body, {@code {auth}} becomes the request's Authorization header
     * and {@code {token}} the token in it.
     */
    private final Queue<MockResponse> answers = new ConcurrentLinkedQueue<>();
    private final List<String> headersSeen = new CopyOnWriteArrayList<>();
    private FoodicsAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String auth = String.valueOf(request.getHeader("Authorization"));
                headersSeen.add(auth);
                MockResponse answer = answers.remove();
                String body = answer.getBody() == null ? "" : answer.getBody().readUtf8();
                return answer.setBody(body.replace("{auth}", auth).replace("{token}", auth.replace("Bearer ", "")));
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        adapter = FoodicsAdapter.create(FoodicsSettings.defaults(server.url("/v5").uri(), new Secret(TOKEN))
                .withCreatorId(new UserId("u-1")), new ManualClock(Instant.parse("2026-05-18T08:00:00Z")));
    }

    @AfterEach
    void stop() throws IOException {
        adapter.close();
        server.shutdown();
    }

    private void answer(int status, String body) {
        answers.add(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody(body));
    }

    @Test
    void a401EchoingTheTokenInItsMessageIsAnAuthFailureWithoutIt() {
        answer(401, "{\"message\": \"Unauthenticated: {auth} has expired.\"}");

        VendorAuthFailed failure = catchThrowableOfType(VendorAuthFailed.class, () -> adapter.get(ID));

        assertThat(failure.getMessage()).contains("Unauthenticated: Bearer **** has expired.");
        assertRedacted(failure);
    }

    @Test
    void a422EchoingTheTokenInMessageFieldNamesAndFieldErrorsIsARejectionWithoutIt() {
        answer(422, "{\"message\": \"The given data was invalid for {auth}.\", \"errors\": {"
                + "\"token.{token}\": [\"The token {token} may not write.\"],"
                + " \"reference\": [\"The reference has already been taken by {auth}.\"]}}");

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.delete(ID));

        assertThat(rejected.errors()).containsExactly(
                new FieldError("token.****", "The token **** may not write."),
                new FieldError("reference", "The reference has already been taken by Bearer ****."));
        assertRedacted(rejected);
    }

    @Test
    void a422WithOnlyAMessageEchoingTheTokenIsARejectionWithoutIt() {
        answer(422, "{\"message\": \"Token {token} cannot delete this adjustment.\"}");

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.delete(ID));

        assertThat(rejected.errors()).containsExactly(new FieldError("", "Token **** cannot delete this adjustment."));
        assertRedacted(rejected);
    }

    @Test
    void otherRefusalsEchoingTheTokenCarryNoneOfIt() {
        answer(403, "{\"message\": \"{auth} lacks inventory.transactions.write.\"}");
        answer(404, "{\"message\": \"No cost adjustment ca-1 for {token}.\"}");
        answer(400, "{\"message\": \"Malformed request from {token}.\"}");

        VendorFailure forbidden = catchThrowableOfType(VendorAuthFailed.class, () -> adapter.delete(ID));
        VendorFailure notFound = catchThrowableOfType(VendorNotFound.class, () -> adapter.delete(ID));
        VendorFailure badRequest = catchThrowableOfType(VendorRejected.class, () -> adapter.delete(ID));

        assertRedacted(forbidden);
        assertRedacted(notFound);
        assertRedacted(badRequest);
    }

    @Test
    void anAnswerThatIsTheBareTokenIsAProtocolErrorWithoutIt() {
        answer(200, "{token}");

        VendorProtocolError failure = catchThrowableOfType(VendorProtocolError.class, () -> adapter.get(ID));

        assertRedacted(failure);
    }

    private void assertRedacted(VendorFailure failure) {
        assertThat(failure).isNotNull();
        assertThat(headersSeen).as("every request carried the token the answer echoed")
                .isNotEmpty().allSatisfy(h -> assertThat(h).isEqualTo("Bearer " + TOKEN));
        StringBuilder shown = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            shown.append(t.getMessage()).append('\n').append(t).append('\n');
        }
        if (failure instanceof VendorRejected rejected) {
            rejected.errors().forEach(e -> shown.append(e.field()).append(' ').append(e.message()).append('\n'));
        }
        assertThat(shown.toString()).contains("****").doesNotContain(TOKEN);
    }
}
