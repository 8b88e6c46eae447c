package dev.stockadj.qoyod;

import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.qoyod.sandbox.Tamper;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed document's "Verification": a correct answer has a positive integer {@code id}, one line per product sent
 * with {@code quantity} equal to the {@code actual_quantity} sent, and {@code revenue_account}/{@code expense_account}
 * ids equal to those sent. Anything else is a discrepancy returned with the posted document (it was created).
 */
class AnswerVerificationTest extends SandboxedAdapterTest {

    @Test
    void anAnswerAsSentHasNoDiscrepancy() {
        PostedDocument posted = adapter.post(Documents.vendorExample());

        assertThat(posted.discrepancies()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is reported on {1}")
    @CsvSource({
            "QUANTITY, line_items[product 88].quantity, Qoyod recorded 51 where 50 was sent",
            "MISSING_LINE, line_items[product 91], missing from Qoyod's answer (sent actual_quantity 120)",
            "OTHER_ACCOUNT, expense_account, Qoyod recorded account 101 where 502 was sent"})
    void aTamperedAnswerIsADiscrepancyOfTheDocumentItCreated(Tamper tamper, String field, String message) {
        sandbox.tamperNextAnswer(tamper);

        PostedDocument posted = adapter.post(Documents.vendorExample());

        assertThat(posted.discrepancies()).containsExactly(new FieldError(field, message));
        assertThat(sandbox.adjustmentIds()).as("created all the same")
                .containsExactly(Long.valueOf(posted.id().value()));
    }

    /** Other plausible shapes of the same answer: ids as strings, quantities as decimal strings, flat ids. */
    @Test
    void readsOtherPlausibleShapesOfACorrectAnswerTolerantly() throws IOException {
        String answer = """
                {"inventory_adjustment": {"id": "4471", "date": "2026-05-18T00:00:00.000Z",
                  "line_items": [{"id": 1, "product_id": "88", "quantity": "50.0"},
                                 {"id": 2, "product": {"id": "91"}, "quantity": 120.000}],
                  "revenue_account_id": 301, "expense_account": {"id": "502"}}}""";
        try (MockWebServer qoyod = new MockWebServer()) {
            qoyod.enqueue(new MockResponse().setBody(answer));
            try (QoyodAdapter adapter = QoyodAdapter.create(
                    QoyodSettings.defaults(qoyod.url("/2.0").uri(), new Secret("k")))) {
                assertThat(adapter.post(Documents.vendorExample()).discrepancies()).isEmpty();
            }
        }
    }

    @Test
    void anAnswerWithoutLinesOrAccountsOrWithABadIdSaysWhatCouldNotBeChecked() throws IOException {
        try (MockWebServer qoyod = new MockWebServer()) {
            qoyod.enqueue(new MockResponse().setBody("{\"inventory_adjustment\": {\"id\": \"A-7\", \"date\": \"2026-05-19\"}}"));
            try (QoyodAdapter adapter = QoyodAdapter.create(
                    QoyodSettings.defaults(qoyod.url("/2.0").uri(), new Secret("k")))) {
                PostedDocument posted = adapter.post(Documents.vendorExample());

                assertThat(posted.id().value()).isEqualTo("A-7");
                assertThat(posted.discrepancies()).extracting(FieldError::field)
                        .containsExactly("id", "date", "line_items", "revenue_account", "expense_account");
            }
        }
    }
}
