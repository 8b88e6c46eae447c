package dev.stockadj.core.testing;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.port.out.VendorPorts;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The contract every vendor that takes stock quantities (absolute or delta) must keep. An adapter
 * test extends it and supplies the adapter's ports, pointed at a fresh sandbox, and the sandbox's
 * seed data. The same contract runs against core's in-memory vendor, so it is known to pass for a
 * correct implementation.
 */
public abstract class QuantityVendorContractTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The adapter's ports, pointed at a fresh sandbox ({@code VendorPorts.quantities(adapter)}). */
    protected abstract VendorPorts vendor();

    protected abstract QuantityVendorFixture fixture();

    private VendorCapabilities capabilities() {
        return vendor().capabilities();
    }

    private ReadBookQuantitiesPort books() {
        return vendor().books();
    }

    private ResolveItemsPort resolver() {
        return vendor().items();
    }

    private VerifyReferencesPort verifier() {
        return vendor().references();
    }

    private PostAdjustmentPort poster() {
        return vendor().posting().orElseThrow().poster();
    }

    /** Only called when the capabilities say {@code ReadBack.BY_SEARCH}. */
    private FindPostedDocumentPort finder() {
        return vendor().posting().orElseThrow().finder();
    }

    protected static IdempotencyKey randomKey() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return new IdempotencyKey(IdempotencyKey.PREFIX + HexFormat.of().formatHex(bytes));
    }

    /** A one-line document moving the tracked item from {@code book} to {@code target}. */
    protected AdjustmentDocument document(Position position, Quantity book, Quantity target) {
        PlannedLine line = new PlannedLine(position, List.of(1), book, target,
                Optional.of(UnitCost.of("4.50")), Optional.empty());
        return new AdjustmentDocument(0, randomKey(), capabilities().vendor(), new CountReference("contract-test"),
                fixture().location(), LocalDate.of(2026, 5, 18), "contract test",
                capabilities().quantityMode(), fixture().accounts(), List.of(line));
    }

    @Test
    void declaresAQuantityMode() {
        assertThat(capabilities().quantityMode()).isIn(QuantityMode.ABSOLUTE, QuantityMode.DELTA);
    }

    @Test
    void resolvesKnownSkusAndReportsUnknownOnes() {
        var resolution = resolver().resolve(Set.of(fixture().skuOfTracked(), fixture().unknownSku()));

        assertThat(resolution.found()).containsEntry(fixture().skuOfTracked(), fixture().trackedItem());
        assertThat(resolution.unknown()).containsExactly(fixture().unknownSku());
    }

    @Test
    void verifiesConfiguredReferences() {
        assertThat(verifier().verify(fixture().location(), Optional.of(fixture().accounts()))).isEmpty();
    }

    @Test
    void reportsAnUnknownLocationByName() {
        var problems = verifier().verify(fixture().unknownLocation(), Optional.of(fixture().accounts()));

        assertThat(problems).isNotEmpty();
        assertThat(problems.toString()).contains(fixture().unknownLocation().value());
    }

    @Test
    void verifiesThePositionOfAKnownItem() {
        PositionCount tracked = new PositionCount(Position.of(fixture().trackedItem()), List.of(1), Quantity.of("3"));

        assertThat(verifier().verifyPositions(fixture().location(), List.of(tracked))).isEmpty();
    }

    @Test
    void reportsAnUnknownItemIdOnEachOfItsLines() {
        PositionCount tracked = new PositionCount(Position.of(fixture().trackedItem()), List.of(1), Quantity.of("3"));
        PositionCount unknown = new PositionCount(Position.of(fixture().unknownItem()), List.of(2, 5), Quantity.of("4"));

        var problems = verifier().verifyPositions(fixture().location(), List.of(tracked, unknown));

        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(2, 5);
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains(fixture().unknownItem().value()));
    }

    @Test
    void aCountNamingAnUnknownItemIdIsInvalidOnItsLineAndSendsNothing() {
        Position position = Position.of(fixture().trackedItem());
        Quantity before = books().read(fixture().location(), Set.of(fixture().trackedItem())).of(position);
        InMemoryJournal journal = new InMemoryJournal();
        StockCount count = new StockCount(new CountReference("contract-" + randomKey().value()),
                fixture().location(), LocalDate.of(2026, 5, 18), "contract test", Currency.getInstance("SAR"),
                List.of(CountLine.of(1, fixture().trackedItem(), before.plus(Quantity.of("3"))),
                        CountLine.of(2, fixture().unknownItem(), Quantity.of("5"))));

        ApplyResult result = new ApplyCountService(vendor(), journal, new ManualClock())
                .apply(new CountCommand(count, Optional.of(fixture().accounts()), ConflictPolicy.FAIL));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(2);
                    assertThat(problem.message()).contains(fixture().unknownItem().value());
                }));
        assertThat(journal.entries()).isEmpty();
        assertThat(books().read(fixture().location(), Set.of(fixture().trackedItem())).of(position))
                .as("nothing was sent").isEqualTo(before);
    }

    @Test
    void postingAGainBringsTheBookToTheTarget() {
        Position position = Position.of(fixture().trackedItem());
        Quantity before = books().read(fixture().location(), Set.of(fixture().trackedItem())).of(position);
        Quantity target = before.plus(Quantity.of("3"));

        PostedDocument posted = poster().post(document(position, before, target));

        assertThat(posted.id().value()).isNotBlank();
        assertThat(books().read(fixture().location(), Set.of(fixture().trackedItem())).of(position)).isEqualTo(target);
    }

    @Test
    void postingALossBringsTheBookToTheTarget() {
        Position position = Position.of(fixture().trackedItem());
        Quantity before = books().read(fixture().location(), Set.of(fixture().trackedItem())).of(position);
        assumeThat(before.signum()).as("the seeded item holds stock").isPositive();
        Quantity target = before.minus(Quantity.of("1"));

        poster().post(document(position, before, target));

        assertThat(books().read(fixture().location(), Set.of(fixture().trackedItem())).of(position)).isEqualTo(target);
    }

    @Test
    void aRejectedDocumentLeavesStockUntouchedAndKeepsTheVendorsMessages() {
        Position tracked = Position.of(fixture().trackedItem());
        Quantity before = books().read(fixture().location(), Set.of(fixture().trackedItem())).of(tracked);
        AdjustmentDocument good = document(tracked, before, before.plus(Quantity.of("2")));
        PlannedLine unknown = new PlannedLine(Position.of(fixture().unknownItem()), List.of(2), Quantity.ZERO,
                Quantity.of("5"), Optional.empty(), Optional.empty());
        AdjustmentDocument bad = new AdjustmentDocument(0, good.key(), good.vendor(), good.countReference(),
                good.location(), good.date(), good.memo(), good.mode(), good.accounts(),
                List.of(good.lines().get(0), unknown));

        assertThatThrownBy(() -> poster().post(bad))
                .isInstanceOfSatisfying(VendorRejected.class, e -> assertThat(e.errors()).isNotEmpty());
        assertThat(books().read(fixture().location(), Set.of(fixture().trackedItem())).of(tracked)).isEqualTo(before);
    }

    @Test
    void aPostedDocumentCanBeFoundAgainByItsKey() {
        assumeThat(capabilities().readBack()).isEqualTo(ReadBack.BY_SEARCH);
        Position position = Position.of(fixture().trackedItem());
        Quantity before = books().read(fixture().location(), Set.of(fixture().trackedItem())).of(position);
        AdjustmentDocument document = document(position, before, before.plus(Quantity.of("1")));
        AdjustmentDocument neverSent = document(position, before, before.plus(Quantity.of("1")));

        PostedDocument posted = poster().post(document);

        assertThat(finder().find(document)).map(PostedDocument::id).contains(posted.id());
        assertThat(finder().find(neverSent)).isEmpty();
    }
}
