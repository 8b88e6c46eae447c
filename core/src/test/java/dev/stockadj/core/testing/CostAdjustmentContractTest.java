package dev.stockadj.core.testing;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorRejected;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of a vendor's cost adjustments. An adapter test extends it with the adapter's port
 * pointed at a fresh sandbox; core runs it against its in-memory vendor.
 */
public abstract class CostAdjustmentContractTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract CostAdjustmentPort costs();

    protected abstract CostAdjustmentFixture fixture();

    protected static IdempotencyKey randomKey() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new IdempotencyKey(IdempotencyKey.PREFIX + HexFormat.of().formatHex(bytes));
    }

    protected CostAdjustmentDraft draft(String cost) {
        return new CostAdjustmentDraft(fixture().branch(), LocalDate.of(2026, 5, 18), CostAdjustmentStatus.DRAFT,
                "contract test", Optional.of(randomKey().value()),
                List.of(new CostItem(fixture().item(), UnitCost.of(cost))));
    }

    @Test
    void createsADraftThatCanBeReadBack() {
        CostAdjustment created = costs().create(draft("11.25"));

        assertThat(created.status()).isEqualTo(CostAdjustmentStatus.DRAFT);
        assertThat(costs().get(created.id())).get()
                .satisfies(read -> {
                    assertThat(read.items()).extracting(i -> i.costPerUnit()).containsExactly(UnitCost.of("11.25"));
                    assertThat(read.branch()).isEqualTo(fixture().branch());
                });
    }

    @Test
    void updatesADraftWholly() {
        CostAdjustment created = costs().create(draft("11.25"));

        CostAdjustment updated = costs().update(created.id(), draft("12.75"));

        assertThat(updated.items()).extracting(i -> i.costPerUnit()).containsExactly(UnitCost.of("12.75"));
    }

    @Test
    void closingRecordsThePreviousCostAndMakesTheAdjustmentImmutable() {
        UnitCost before = currentCost();
        CostAdjustment created = costs().create(draft("13.40"));

        CostAdjustment closed = costs().close(created.id());

        assertThat(closed.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(closed.items().get(0).previousCostPerUnit()).contains(before);
        assertThat(currentCost()).isEqualTo(UnitCost.of("13.40"));
        assertThatThrownBy(() -> costs().update(created.id(), draft("1.00"))).isInstanceOf(VendorFailure.class);
    }

    @Test
    void findsAnAdjustmentByItsReference() {
        CostAdjustmentDraft draft = draft("9.99");
        CostAdjustment created = costs().create(draft);

        List<CostAdjustment> found = costs().list(CostAdjustmentFilter.none()
                .withReference(draft.reference().orElseThrow()));

        assertThat(found).extracting(CostAdjustment::id).containsExactly(created.id());
    }

    @Test
    void listsByStatusAndBranch() {
        CostAdjustment draft = costs().create(draft("5.00"));

        List<CostAdjustment> drafts = costs().list(CostAdjustmentFilter.none()
                .withStatus(CostAdjustmentStatus.DRAFT).withBranch(fixture().branch()));

        assertThat(drafts).extracting(CostAdjustment::id).contains(draft.id());
        assertThat(drafts).allSatisfy(a -> assertThat(a.status()).isEqualTo(CostAdjustmentStatus.DRAFT));
    }

    @Test
    void deletesADraft() {
        CostAdjustment created = costs().create(draft("6.00"));

        costs().delete(created.id());

        assertThat(costs().get(created.id())).isEmpty();
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(costs().get(fixture().unknownId())).isEmpty();
        assertThatThrownBy(() -> costs().delete(fixture().unknownId())).isInstanceOf(VendorNotFound.class);
    }

    @Test
    void anUnknownItemIsRejectedWithTheVendorsMessages() {
        CostAdjustmentDraft bad = new CostAdjustmentDraft(fixture().branch(), LocalDate.of(2026, 5, 18),
                CostAdjustmentStatus.DRAFT, "", Optional.of(randomKey().value()),
                List.of(new CostItem(fixture().unknownItem(), UnitCost.of("1.00"))));

        assertThatThrownBy(() -> costs().create(bad))
                .isInstanceOfSatisfying(VendorRejected.class, e -> assertThat(e.errors()).isNotEmpty());
    }

    /** The item's current cost, as the last closed adjustment (or the seed) set it. */
    protected abstract UnitCost currentCost();
}
