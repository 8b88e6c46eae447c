package dev.stockadj.aolib;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Location and accounts are checked before sending: one problem per missing reference, naming it. */
class VerifyReferencesTest extends SandboxedAdapterTest {
    @Test
    void namesEachMissingAccountWithItsSetting() {
        List<Problem> problems = adapter.verify(Fixtures.HQ,
                Optional.of(new Accounts(new AccountId("77"), new AccountId("78"))));

        assertThat(problems).extracting(Problem::field)
                .containsExactly("ordertime.gain-account-id", "ordertime.loss-account-id");
        assertThat(problems.toString()).contains("gain account 77", "loss account 78");
    }

    @Test
    void aLocationThatIsNotANumberIsMissingWithoutAsking() {
        List<Problem> problems = adapter.verify(new LocationId("HQ"), Optional.empty());

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("location HQ"));
        assertThat(sandbox.requestCount()).isZero();
    }

    @Test
    void findsNothingMissingForTheSeededReferences() {
        assertThat(adapter.verify(Fixtures.HQ, Optional.of(Fixtures.ACCOUNTS))).isEmpty();
        assertThat(adapter.verify(new LocationId("11"), Optional.empty())).isEmpty();
    }
}
