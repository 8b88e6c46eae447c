package dev.stockadj.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.InMemoryVendor;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every plan the planner makes is stored as JSON, in the form {@link PlanDto} defines, and read back equal. */
class PlanJsonProperties {
    private static final ObjectMapper DTO_RENDERING = JsonMapper.builder().build();
    private static final Accounts ACCOUNTS = new Accounts(new AccountId("32"), new AccountId("33"));

    @Property(tries = 200)
    void deltaPlansRoundTrip(@ForAll("withBins") CountArbitraries.Scenario scenario) throws JsonProcessingException {
        roundTrips(scenario, InMemoryVendor.deltaCapabilities(3));
    }

    @Property(tries = 100)
    void absolutePlansRoundTrip(@ForAll("withoutBins") CountArbitraries.Scenario scenario) throws JsonProcessingException {
        roundTrips(scenario, InMemoryVendor.absoluteCapabilities(4));
    }

    private static void roundTrips(CountArbitraries.Scenario scenario,
                                   VendorCapabilities capabilities) throws JsonProcessingException {
        InMemoryVendor vendor = new InMemoryVendor(capabilities).location(CountArbitraries.LOCATION).accounts(ACCOUNTS);
        for (int n = 1; n <= 6; n++) {
            vendor.item(new ItemId("I" + n), Optional.empty());
        }
        scenario.books().quantities().forEach((p, q) -> vendor.stock(CountArbitraries.LOCATION, p, q));
        PlanResult result = new PlanCountService(VendorPorts.quantities(vendor))
                .plan(new CountCommand(scenario.count(), Optional.of(ACCOUNTS), ConflictPolicy.KEEP_COUNTED));

        assertThat(result).isInstanceOf(Planned.class);
        CountPlan plan = ((Planned) result).plan();
        String stored = PlanJson.write(plan);
        assertThat(PlanJson.read(stored)).isEqualTo(plan);
        assertThat(PlanJson.read(stored.replaceFirst("\"line_count\":\\d+,", "")))
                .as("as stored before plans were streamed, without line_count").isEqualTo(plan);
        assertThat(stored).as("streamed, the stored form is still PlanDto's, field for field")
                .isEqualTo(DTO_RENDERING.writeValueAsString(PlanDto.of(plan)));
    }

    @Provide
    Arbitrary<CountArbitraries.Scenario> withBins() {
        return CountArbitraries.scenarios(true, true);
    }

    @Provide
    Arbitrary<CountArbitraries.Scenario> withoutBins() {
        return CountArbitraries.scenarios(false, true);
    }
}
