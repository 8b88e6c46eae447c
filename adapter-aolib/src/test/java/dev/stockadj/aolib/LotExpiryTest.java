package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.aolib.sandbox.RowVariant;
import dev.stockadj.aolib.sandbox.SandboxFailure;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * At post time, a lot or serial detail the count gave no expiry for carries the one Order Time records for that
 * number (read in one batched query): the seed marks {@code DocFillLotOrSerial.ExpirationDate} required, and the
 * sandbox refuses a detail without it. A read that fails before sending leaves the document not sent.
 */
class LotExpiryTest extends SandboxedAdapterTest {

    private final ObjectMapper json = new ObjectMapper();

    private static AdjustmentDocument removals() {
        PlannedLine lot = Fixtures.line(Fixtures.at(OrderTimeSeed.SALINE, null, OrderTimeSeed.LOT_NOV_26), "24", "20");
        PlannedLine serial = Fixtures.line(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1002"), "1", "0");
        return Fixtures.document(lot, serial);
    }

    @ParameterizedTest
    @EnumSource(value = RowVariant.class, names = {"DATE_ONLY_EXPIRY", "ITEMS_WITHOUT_TRACKING_FIELDS",
            "ITEMS_WITH_NUMERIC_KIND_ONLY", "ITEMS_WITH_TRACK_BINS_FALSE"})
    void knownNumbersAreSentWithTheExpiryOfTheirRecord(RowVariant variant) throws IOException {
        sandbox.rowVariants(variant);

        PostedDocument posted = adapter.post(removals());

        JsonNode lines = json.readTree(sandbox.adjustment(Integer.parseInt(posted.id().value())).orElseThrow())
                .get("LineItems");
        assertThat(lines.get(0).at("/Details/0/ExpirationDate").asText()).isEqualTo("2026-11-30T00:00:00");
        assertThat(lines.get(1).at("/Details/0/ExpirationDate").asText()).isEqualTo("2031-12-31T00:00:00");
        assertThat(sandbox.onHand(OrderTimeSeed.SCANNER, OrderTimeSeed.HQ)).isEqualByComparingTo("2");
    }

    @Test
    void theCountsOwnExpiryIsSentAndNoLotRecordIsRead() throws IOException {
        PlannedLine lot = new PlannedLine(Fixtures.at(OrderTimeSeed.SALINE, null, "L2703"), List.of(6),
                Quantity.of("0"), Quantity.of("6"), Optional.empty(), Optional.of(LocalDate.of(2027, 3, 31)));

        PostedDocument posted = adapter.post(Fixtures.document(lot));

        assertThat(json.readTree(posted.response()).at("/LineItems/0/Details/0/ExpirationDate").asText())
                .isEqualTo("2027-03-31T00:00:00");
        assertThat(sandbox.requestCount("POST", "/list")).as("the item only: no expiry to look up").isEqualTo(1);
    }

    @Test
    void aKnownNumberWithoutExpiryAnywhereIsRefusedBeforeSending() {
        sandbox.rowVariants(RowVariant.LOTS_WITHOUT_EXPIRY);

        assertThatThrownBy(() -> adapter.post(removals())).isInstanceOfSatisfying(VendorRejected.class, e ->
                assertThat(e.errors()).extracting(error -> error.field()).containsExactly("ExpirationDate", "ExpirationDate"));
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = SandboxFailure.class, names = {"HTML", "BAD_REQUEST_TEXT", "SERVER_ERROR", "MALFORMED_JSON"})
    void aReadThatFailsBeforeSendingLeavesTheDocumentNotSent(SandboxFailure failure) {
        sandbox.failNext("POST", "/list", failure);

        assertThatThrownBy(() -> adapter.post(removals())).isInstanceOfSatisfying(VendorUnavailable.class,
                e -> assertThat(e.maybeSent()).isFalse());
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
    }
}
