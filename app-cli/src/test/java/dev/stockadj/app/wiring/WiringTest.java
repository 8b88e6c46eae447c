package dev.stockadj.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import dev.stockadj.core.port.in.ApplyCountUseCase;
import dev.stockadj.core.port.in.CorrectCostsUseCase;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import dev.stockadj.core.port.in.PlanCountUseCase;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.config.ConfigLoader;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.port.in.ReadJournalUseCase;
import dev.stockadj.core.port.in.ReadRevertsUseCase;
import dev.stockadj.core.port.in.RevertCountUseCase;
import dev.stockadj.core.port.in.UpdateDraftCostsUseCase;
import dev.stockadj.core.port.in.VerifyCountUseCase;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.VendorPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The application's injector builds for every vendor (against its sandbox) and names what is wrong. */
class WiringTest {
    private static final Key<Optional<ManageCostAdjustmentsUseCase>> COST_ADJUSTMENTS = new Key<>() { };

    @TempDir
    Path folder;

    private Injector injector(String properties, boolean sandbox) throws IOException {
        Invocation invocation = Invocation.plain()
                .withConfigFile(Files.writeString(folder.resolve("stockadj.properties"), properties))
                .withJournal(folder.resolve("journal.db").toString()).withSandbox(sandbox);
        return Guice.createInjector(Stage.DEVELOPMENT,
                Modules.all(Map.of(StockadjHome.HOME_VARIABLE, folder.resolve("home").toString()), invocation));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qoyod", "ordertime", "foodics"})
    void buildsTheWholeGraphForEveryVendorAgainstItsSandbox(String vendor) throws IOException {
        Injector injector = injector("vendor = " + vendor + "\n", true);
        try (Closer closer = injector.getInstance(Closer.class)) {
            ConfiguredVendor configured = injector.getInstance(ConfiguredVendor.class);

            assertThat(configured.ports().capabilities().vendor().value()).isEqualTo(vendor);
            assertThat(configured.defaults().location()).isPresent();
            assertThat(injector.getInstance(PlanCountUseCase.class)).isNotNull();
            assertThat(injector.getInstance(ApplyCountUseCase.class)).isNotNull();
            assertThat(injector.getInstance(CorrectCostsUseCase.class)).isNotNull();
            assertThat(injector.getInstance(COST_ADJUSTMENTS).isPresent()).isEqualTo(vendor.equals("foodics"));
            assertThat(configured.ports().books().read(configured.defaults().location().get(), Set.of())).isNotNull();
            assertThat(injector.getInstance(Key.get(new TypeLiteral<Map<String, SandboxStarter>>() { })))
                    .containsKey(vendor);
        }
    }

    /**
     * Verify and revert take the route the vendor's ports say: Order Time's posting deletes, Qoyod's does not
     * (counter-documents), Foodics says its costs now and has its costs runs checked and undone.
     */
    @ParameterizedTest
    @CsvSource({"qoyod, VerifyCountService, RevertCountService, false",
        "ordertime, VerifyCountService, RevertCountService, true",
        "foodics, VerifyCostsService, RevertCostsService, false"})
    void verifyAndRevertAreBuiltFromWhatTheVendorsPortsOffer(String vendor, String verify, String revert,
                                                            boolean deletes) throws IOException {
        Injector injector = injector("vendor = " + vendor + "\n", true);
        try (Closer closer = injector.getInstance(Closer.class)) {
            VendorPorts ports = injector.getInstance(ConfiguredVendor.class).ports();

            assertThat(ports.posting().flatMap(VendorPorts.Posting::deletes).isPresent()).isEqualTo(deletes);
            assertThat(ports.unitCosts().isPresent()).isEqualTo(vendor.equals("foodics"));
            assertThat(injector.getInstance(VerifyCountUseCase.class).getClass().getSimpleName()).isEqualTo(verify);
            assertThat(injector.getInstance(RevertCountUseCase.class).getClass().getSimpleName()).isEqualTo(revert);
            assertThat(injector.getInstance(UpdateDraftCostsUseCase.class)).isNotNull();
        }
    }

    @Test
    void foodicsIsACostVendorWhoseAdjustmentsAnswer() throws IOException {
        Injector injector = injector("vendor = foodics\n", true);
        try (Closer closer = injector.getInstance(Closer.class)) {
            ConfiguredVendor configured = injector.getInstance(ConfiguredVendor.class);

            assertThat(configured.ports().capabilities().quantityMode()).isEqualTo(QuantityMode.NONE);
            assertThat(configured.ports().posting()).as("no poster: Foodics takes no quantities").isEmpty();
            assertThat(injector.getInstance(COST_ADJUSTMENTS).orElseThrow().list(CostAdjustmentFilter.none())).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sandboxRunsKeepAJournalApartFromTheRealOne(boolean sandbox) {
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT,
                Modules.all(Map.of("HOME", "/srv/shop"), Invocation.plain().withSandbox(sandbox)));

        String journal = injector.getInstance(JournalPort.class).toString();

        assertThat(journal).isEqualTo("journal /srv/shop/.stockadj/" + (sandbox ? "sandbox-journal.db" : "journal.db"));
    }

    @Test
    void theHomeFollowsTheShellsHomeOrStockadjHome() {
        assertThat(StockadjHome.of(Map.of("HOME", "/data/home")).path()).isEqualTo(Path.of("/data/home/.stockadj"));
        assertThat(StockadjHome.of(Map.of("HOME", "/data/home", "STOCKADJ_HOME", "/var/lib/stockadj")).path())
                .isEqualTo(Path.of("/var/lib/stockadj"));
        assertThat(StockadjHome.of(Map.of()).path())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".stockadj").toAbsolutePath());
    }

    @Test
    void aRealRunsJournalIsTheOptionThenTheEnvironmentThenTheSettingThenTheHomes() throws IOException {
        Path config = Files.writeString(folder.resolve("j.properties"), "vendor = qoyod\njournal = /srv/setting.db\n");
        Map<String, String> env = Map.of("HOME", "/srv/shop", "STOCKADJ_JOURNAL", "/srv/env.db");

        assertThat(journalOf(env, config, Optional.of("/srv/option.db"), false)).isEqualTo("journal /srv/option.db");
        assertThat(journalOf(env, config, Optional.empty(), false)).isEqualTo("journal /srv/env.db");
        assertThat(journalOf(Map.of("HOME", "/srv/shop"), config, Optional.empty(), false))
                .isEqualTo("journal /srv/setting.db");
        assertThat(journalOf(env, config, Optional.empty(), true)).as("a sandbox run keeps to its own")
                .isEqualTo("journal /srv/shop/.stockadj/sandbox-journal.db");
        assertThatThrownBy(() -> journalOf(Map.of("STOCKADJ_JOURNAL", "jdbc:mysql://db/x?password=hunter2"), config,
                Optional.empty(), false)).hasRootCauseInstanceOf(ConfigException.class)
                .rootCause().hasMessageStartingWith("STOCKADJ_JOURNAL:").hasMessageNotContaining("hunter2");
    }

    private static String journalOf(Map<String, String> env, Path config, Optional<String> option, boolean sandbox) {
        Invocation invocation = Invocation.plain().withConfigFile(config).withSandbox(sandbox);
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT,
                Modules.all(env, option.map(invocation::withJournal).orElse(invocation)));
        return injector.getInstance(JournalPort.class).toString();
    }

    @Test
    void anUnknownVendorIsAClearErrorListingTheKnownOnes() throws IOException {
        Injector injector = injector("vendor = sap\n", false);

        assertThatThrownBy(() -> injector.getInstance(ConfiguredVendor.class)).isInstanceOf(ProvisionException.class)
                .cause().isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown vendor 'sap'").hasMessageContaining("known vendors: foodics, ordertime, qoyod");
    }

    @Test
    void aMissingVendorNamesTheKey() throws IOException {
        Injector injector = injector("foodics.token = x\n", false);

        assertThatThrownBy(() -> injector.getInstance(ConfiguredVendor.class)).cause()
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("vendor: missing setting");
    }

    @Test
    void withoutAConfigurationFileTheSandboxIsQoyodsWithItsDemoInventoryAndAccounts() {
        assertThat(ConfigLoader.DEFAULT_FILE).doesNotExist();
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT, Modules.all(
                Map.of(StockadjHome.HOME_VARIABLE, folder.resolve("home").toString()), Invocation.plain().withSandbox(true)));
        try (Closer closer = injector.getInstance(Closer.class)) {
            ConfiguredVendor vendor = injector.getInstance(ConfiguredVendor.class);

            assertThat(vendor.ports().capabilities().vendor().value()).isEqualTo("qoyod");
            assertThat(vendor.defaults().location()).contains(new LocationId("12"));
            assertThat(vendor.defaults().accounts())
                    .contains(new Accounts(new AccountId("301"), new AccountId("502")));
        }
    }

    @Test
    void anExplicitConfigurationFileThatIsMissingIsAnError() {
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT,
                Modules.all(Map.of(), Invocation.plain().withConfigFile(folder.resolve("absent.properties"))));

        assertThatThrownBy(() -> injector.getInstance(ConfiguredVendor.class)).cause().hasMessageStartingWith("--config:");
    }

    @Test
    void plainHttpToARemoteHostIsRefusedNamingTheKey() throws IOException {
        Injector injector = injector("vendor = qoyod\nqoyod.api-key = k\nqoyod.base-url = http://api.qoyod.com/2.0\n", false);

        assertThatThrownBy(() -> injector.getInstance(ConfiguredVendor.class)).cause()
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("qoyod.base-url:");
    }

    @Test
    void orderTimeNeedsExactlyOneOfPasswordAndDevKey() throws IOException {
        Injector injector = injector("vendor = ordertime\nordertime.api-key = k\nordertime.email = a@b.c\n", false);

        assertThatThrownBy(() -> injector.getInstance(ConfiguredVendor.class)).cause()
                .isInstanceOf(ConfigException.class).hasMessageContaining("ordertime.dev-key");
    }

    @Test
    void oneAccountWithoutTheOtherNamesTheMissingKey() throws IOException {
        Injector injector = injector("vendor = qoyod\nqoyod.revenue-account-id = 301\n", true);

        try (Closer closer = injector.getInstance(Closer.class)) {
            assertThatThrownBy(() -> injector.getInstance(ConfiguredVendor.class)).cause()
                    .isInstanceOf(ConfigException.class).hasMessageStartingWith("qoyod.expense-account-id:");
        }
    }

    @Test
    void aMissingCredentialNamesItsKey() throws IOException {
        Injector injector = injector("vendor = foodics\nfoodics.branch-id = b-1\n", false);

        assertThatThrownBy(() -> injector.getInstance(ConfiguredVendor.class)).cause()
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("foodics.token: missing setting");
    }

    @Test
    void onlyTheChosenVendorIsBuiltAndTheJournalNeedsNoVendorAtAll() throws IOException {
        Injector injector = injector("vendor = sap\n", false);

        assertThat(injector.getInstance(ReadJournalUseCase.class)
                .entries(Optional.empty())).isEmpty();
        assertThat(injector.getInstance(ReadRevertsUseCase.class).steps(Optional.empty())).isEmpty();
    }
}
