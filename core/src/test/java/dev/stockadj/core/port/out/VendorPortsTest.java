package dev.stockadj.core.port.out;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One record describes a vendor's ports, honestly: what it offers is what its capabilities say it takes. */
class VendorPortsTest {
    private static final LocationId BRANCH = new LocationId("b-1");
    private static final ItemId FLOUR = new ItemId("flour");

    private static InMemoryVendor costVendor() {
        return new InMemoryVendor(InMemoryVendor.costCapabilities()).location(BRANCH).item(FLOUR, Optional.empty())
                .cost(FLOUR, UnitCost.of("40.00"));
    }

    @Test
    void aCostVendorOffersCostAdjustmentsAndNoPoster() {
        VendorPorts foodics = VendorPorts.costs(costVendor());

        assertThat(foodics.posting()).isEmpty();
        assertThat(foodics.costs()).isPresent();
    }

    @Test
    void aQuantityVendorOffersAPosterAndNoCostAdjustments() {
        InMemoryVendor orderTime = new InMemoryVendor(InMemoryVendor.deltaCapabilities(50));

        VendorPorts ports = VendorPorts.quantities(orderTime);

        assertThat(ports.posting()).hasValueSatisfying(p -> assertThat(p.finder()).isSameAs(orderTime));
        assertThat(ports.costs()).isEmpty();
        assertThat(ports.destination()).isEqualTo(Destination.of(orderTime.capabilities().vendor()));
    }

    @Test
    void portsThatSayOtherwiseThanTheCapabilitiesAreRefused() {
        InMemoryVendor quantities = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(50));
        InMemoryVendor costs = costVendor();

        assertThatThrownBy(() -> VendorPorts.quantities(costs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity mode NONE but wired with a poster");
        assertThatThrownBy(() -> VendorPorts.costs(quantities)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wired without a poster");
        assertThatThrownBy(() -> VendorPorts.quantitiesAndCosts(quantities))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without cost-only corrections but wired with cost adjustments");
    }

    @Test
    void aCountForAVendorWithoutQuantityPostingIsRefusedBeforeAnythingIsAskedOrJournaled() {
        InMemoryVendor foodics = costVendor();
        InMemoryJournal journal = new InMemoryJournal();
        CountCommand count = new CountCommand(new StockCount(new CountReference("c1"), BRANCH, LocalDate.of(2026, 5, 18),
                "", Currency.getInstance("SAR"), List.of(CountLine.of(1, FLOUR, Quantity.of("3")))), Optional.empty(),
                ConflictPolicy.FAIL);

        Object applied = new ApplyCountService(VendorPorts.costs(foodics), journal, new ManualClock()).apply(count);
        Object planned = new PlanCountService(VendorPorts.costs(foodics), journal).plan(count);

        assertThat(List.of(applied, planned)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason())
                        .isEqualTo("memory takes no stock quantities: it records cost corrections only")));
        assertThat(journal.entries()).isEmpty();
        assertThat(foodics.sends()).isEmpty();
    }

    @Test
    void aVendorTakingQuantitiesAndCostsOffersBoth() {
        VendorCapabilities qoyod = InMemoryVendor.absoluteCapabilities(50);
        InMemoryVendor both = new InMemoryVendor(new VendorCapabilities(qoyod.vendor(), qoyod.quantityMode(),
                qoyod.accountsPerDocument(), 50, 4, 4, false, false, true, ReadBack.NONE, false))
                .location(BRANCH).item(FLOUR, Optional.empty()).cost(FLOUR, UnitCost.of("40.00"));

        VendorPorts ports = both.ports();
        Object corrected = new CorrectCostsService(ports).correct(new CostCorrectionCommand(BRANCH,
                LocalDate.of(2026, 5, 18), "", false, Currency.getInstance("SAR"),
                List.of(new CostLine(1, FLOUR, UnitCost.of("41.00")))));

        assertThat(ports.posting()).isPresent();
        assertThat(corrected).isInstanceOf(CostCorrectionReport.class);
        assertThat(both.costOf(FLOUR)).isEqualTo(UnitCost.of("41.00"));
    }

    @Test
    void aVendorThatDeletesOffersItsDeleteWithItsPostingAndACostVendorItsCostsNow() {
        InMemoryVendor orderTime = new InMemoryVendor(InMemoryVendor.deltaCapabilities(50));
        InMemoryVendor qoyod = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(50));

        VendorPorts deleting = VendorPorts.quantities(orderTime);
        VendorPorts counterDocuments = VendorPorts.quantities(qoyod);
        VendorPorts foodics = VendorPorts.costs(costVendor());

        assertThat(deleting.posting().flatMap(VendorPorts.Posting::deletes)).containsSame(orderTime);
        assertThat(counterDocuments.posting().flatMap(VendorPorts.Posting::deletes))
                .as("its capabilities say it deletes nothing, whatever the class offers").isEmpty();
        assertThat(foodics.unitCosts()).isPresent();
        assertThat(List.of(deleting.unitCosts(), counterDocuments.unitCosts())).allSatisfy(u -> assertThat(u).isEmpty());
        assertThat(deleting.withDestination(Destination.sandbox(orderTime.capabilities().vendor())).posting()
                .flatMap(VendorPorts.Posting::deletes)).isPresent();
    }

    @Test
    void aDeleteOrCostsNowThatTheCapabilitiesDenyAreRefused() {
        InMemoryVendor qoyod = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(50));
        Destination here = Destination.of(qoyod.capabilities().vendor());

        assertThatThrownBy(() -> new VendorPorts(qoyod.capabilities(), here, qoyod, qoyod, qoyod,
                ReadSnapshotPort.none(), Optional.of(new VendorPorts.Posting(qoyod, qoyod, Optional.of(qoyod))),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deleting no document but wired with a delete");
        assertThatThrownBy(() -> new VendorPorts(qoyod.capabilities(), here, qoyod, qoyod, qoyod,
                ReadSnapshotPort.none(), Optional.of(new VendorPorts.Posting(qoyod, qoyod)), Optional.empty(),
                Optional.of(qoyod))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reading costs now without cost adjustments");
    }
}
