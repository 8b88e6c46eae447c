package dev.stockadj.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.stockadj.app.archfixture.CommandBuildingItsOwnUseCase;
import dev.stockadj.core.archfixture.CoreClassUsingJackson;
import dev.stockadj.aolib.archfixture.OrderTimeClassKnowingQoyod;
import dev.stockadj.plumbing.archfixture.PlumbingClassKnowingAVendor;
import dev.stockadj.plumbing.sandbox.archfixture.SandboxPieceKnowingAVendor;
import dev.stockadj.plumbing.wiring.archfixture.WiringKnowingGuiceAndTheApp;
import dev.stockadj.qoyod.sandbox.archfixture.SandboxServingItself;
import dev.stockadj.qoyod.QoyodAdapter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of STYLE.md over every module's production classes. It lives in app-cli because only
 * app-cli has every module on its class path; under {@code mvn verify} the sibling modules arrive
 * as jars, so the import reads jars too and only leaves out test classes and test jars.
 * {@link #importsEveryModule} proves the rules see each module, and
 * {@link #coreRuleReportsACoreClassUsingJackson} proves a rule fails on a deliberate violation.
 */
class ArchitectureTest {
    private static final String CORE = "dev.stockadj.core..";
    private static final String[] ADAPTERS = {"dev.stockadj.qoyod..", "dev.stockadj.costadj..", "dev.stockadj.aolib.."};
    private static final String APP = "dev.stockadj.app..";
    /** The JDBC journal, its own module so a library user needs neither Guice nor picocli for it. */
    private static final String JOURNAL = "dev.stockadj.journal..";
    /**
     * What every adapter needs and no vendor owns (adapter-plumbing): request logging, and in {@code .sandbox} the
     * pieces of every vendor emulator (server, routing, faults, request log, rate window, kept state).
     */
    private static final String PLUMBING = "dev.stockadj.plumbing..";

    /** Leaves out test classes and test jars, keeps production jars and class folders. */
    private static final ImportOption PRODUCTION_ONLY = (Location location) ->
            !location.contains("/test-classes/") && !location.contains("-tests.jar");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(PRODUCTION_ONLY)
            .importPackages("dev.stockadj");

    static final ArchRule CORE_DEPENDS_ON_THE_JDK_ONLY = classes().that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE)
            .because("core is the domain and its ports, usable with the JDK alone");

    static final ArchRule HTTP_ONLY_IN_ADAPTERS = noClasses().that()
            .resideOutsideOfPackages(ADAPTERS[0], ADAPTERS[1], ADAPTERS[2], PLUMBING)
            .should().dependOnClassesThat().resideInAnyPackage("retrofit2..", "okhttp3..", "okio..")
            .because("talking HTTP to a vendor is an adapter's job");

    static final ArchRule JACKSON_ONLY_IN_ADAPTERS_AND_THE_APPS_IO = noClasses()
            .that().resideOutsideOfPackages(ADAPTERS[0], ADAPTERS[1], ADAPTERS[2], PLUMBING,
                    "dev.stockadj.app.input..", JOURNAL, "dev.stockadj.app.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON belongs to the vendor wire formats and the app's files, journal and --json output");

    static final ArchRule GUICE_AND_PICOCLI_ONLY_IN_THE_APP = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "picocli..")
            .because("wiring and the command line live in app-cli");

    static final ArchRule A_LOGGING_BINDING_ONLY_IN_THE_APP = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
            .because("a library logs through an API (System.Logger, SLF4J); the application that embeds it chooses"
                    + " the binding, and the CLI's is Logback");

    static final ArchRule JDBC_ONLY_IN_THE_JOURNAL = noClasses().that().resideOutsideOfPackage(JOURNAL)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.postgresql..")
            .because("the journal store is journal-jdbc's, which a library user takes without the CLI");

    static final ArchRule THE_JOURNAL_KNOWS_ONLY_CORE = noClasses().that().resideInAPackage(JOURNAL)
            .should().dependOnClassesThat().resideInAnyPackage(APP, ADAPTERS[0], ADAPTERS[1], ADAPTERS[2],
                    "com.google.inject..", "picocli..")
            .because("a library user's journal must not drag in the CLI, Guice or any vendor");

    static final ArchRule PLUMBING_KNOWS_NO_VENDOR = noClasses().that().resideInAPackage(PLUMBING)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS[0], ADAPTERS[1], ADAPTERS[2], APP, JOURNAL)
            .because("shared adapter plumbing serves every vendor and knows none of them");

    /**
     * The vendor wiring SPI ({@code plumbing.wiring}) is what each adapter module implements so the application
     * can bind it without knowing the vendor: it must not drag Guice, jakarta.inject, picocli or the app back into
     * the adapters.
     */
    static final ArchRule THE_WIRING_SPI_KNOWS_NEITHER_GUICE_NOR_THE_APP = noClasses()
            .that().resideInAPackage("dev.stockadj.plumbing.wiring..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "jakarta.inject..",
                    "javax.inject..", "picocli..", APP)
            .because("a vendor's wiring is plain Java over core and plumbing; the app adapts its Config and its"
                    + " injector to it, never the other way round");

    static final ArchRule ONLY_THE_SANDBOX_PLUMBING_SERVES_HTTP = noClasses()
            .that().resideOutsideOfPackage("dev.stockadj.plumbing.sandbox..")
            .should().dependOnClassesThat().resideInAPackage("com.sun.net.httpserver..")
            .because("the vendor sandboxes keep only vendor knowledge: server, routing, faults, request log and rate"
                    + " window are written once in adapter-plumbing's sandbox package");

    /** Each vendor's packages: its adapter, DTOs and sandbox. */
    private static String vendorOf(String packageName) {
        for (String adapter : ADAPTERS) {
            String root = adapter.substring(0, adapter.length() - 2);
            if (packageName.equals(root) || packageName.startsWith(root + ".")) {
                return root;
            }
        }
        return null;
    }

    static final ArchRule NO_VENDOR_SEES_ANOTHER_VENDOR = classes().that().resideInAnyPackage(ADAPTERS)
            .should(new com.tngtech.archunit.lang.ArchCondition<>("depend on no other vendor's package") {
                @Override
                public void check(JavaClass vendorClass, com.tngtech.archunit.lang.ConditionEvents events) {
                    String own = vendorOf(vendorClass.getPackageName());
                    vendorClass.getDirectDependenciesFromSelf().stream()
                            .filter(d -> {
                                String other = vendorOf(d.getTargetClass().getPackageName());
                                return other != null && !other.equals(own);
                            })
                            .forEach(d -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d,
                                    d.getDescription())));
                }
            })
            .because("what every vendor needs lives in adapter-plumbing; a vendor's knowledge stays with that vendor");

    static final ArchRule QOYOD_SEES_NO_OTHER_ADAPTER_NOR_THE_APP = noClasses().that().resideInAPackage(ADAPTERS[0])
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS[1], ADAPTERS[2], APP);

    static final ArchRule FOODICS_SEES_NO_OTHER_ADAPTER_NOR_THE_APP = noClasses().that().resideInAPackage(ADAPTERS[1])
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS[0], ADAPTERS[2], APP);

    static final ArchRule ORDERTIME_SEES_NO_OTHER_ADAPTER_NOR_THE_APP = noClasses().that().resideInAPackage(ADAPTERS[2])
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS[0], ADAPTERS[1], APP);

    static final ArchRule A_VENDORS_DTOS_STAY_WITH_THAT_VENDOR = classes()
            .that().resideInAPackage("dev.stockadj.(*).dto..")
            .should(new com.tngtech.archunit.lang.ArchCondition<>("be used only by their own vendor's package") {
                @Override
                public void check(JavaClass dto, com.tngtech.archunit.lang.ConditionEvents events) {
                    String vendor = dto.getPackageName().split("\\.")[2];
                    dto.getDirectDependenciesToSelf().stream()
                            .filter(d -> !d.getOriginClass().getPackageName().startsWith("dev.stockadj." + vendor))
                            .forEach(d -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d,
                                    d.getDescription())));
                }
            }).allowEmptyShould(true);

    static final ArchRule DRIVING_PORTS_DO_NOT_SEE_DRIVEN_PORTS = noClasses()
            .that().resideInAPackage("dev.stockadj.core.port.in..")
            .should().dependOnClassesThat().resideInAPackage("dev.stockadj.core.port.out..");

    static final ArchRule DRIVEN_PORTS_DO_NOT_SEE_DRIVING_PORTS = noClasses()
            .that().resideInAPackage("dev.stockadj.core.port.out..")
            .should().dependOnClassesThat().resideInAPackage("dev.stockadj.core.port.in..");

    static final ArchRule PORTS_ARE_INTERFACES = classes()
            .that().resideInAnyPackage("dev.stockadj.core.port.in..", "dev.stockadj.core.port.out..")
            .and().haveSimpleNameEndingWith("Port").or().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces();

    static final ArchRule DRIVEN_PORTS_ARE_IMPLEMENTED_IN_ADAPTERS_OR_THE_JOURNAL = classes()
            .that().resideOutsideOfPackage(CORE)
            .and().implement(resideInAPackage("dev.stockadj.core.port.out..").and(JavaClass.Predicates.INTERFACES))
            .should().resideInAnyPackage(ADAPTERS[0], ADAPTERS[1], ADAPTERS[2], PLUMBING, JOURNAL, "dev.stockadj.app.journal..")
            .allowEmptyShould(true);

    /**
     * Parse, then wire: picocli builds every command before anything is wired, so none has an injected constructor;
     * a command that runs (not one that only holds subcommands) is a {@code WiredCommand}, run on what the run's
     * injector builds for it after parsing.
     */
    static final ArchRule COMMANDS_ARE_PARSED_THEN_RUN_ON_THE_WIRING = classes()
            .that().areAnnotatedWith(CommandLine.Command.class)
            .should(new ArchCondition<>("be built by the parser (no @Inject constructor) and run as a WiredCommand,"
                    + " unless they only hold subcommands") {
                @Override
                public void check(JavaClass command, ConditionEvents events) {
                    command.getConstructors().stream()
                            .filter(c -> c.isAnnotatedWith("jakarta.inject.Inject")
                                    || c.isAnnotatedWith("com.google.inject.Inject"))
                            .forEach(c -> events.add(SimpleConditionEvent.violated(c, c.getFullName()
                                    + " is injected: the injector would build the command before it is parsed")));
                    boolean holdsSubcommands = command.getAnnotationOfType(CommandLine.Command.class)
                            .subcommands().length > 0;
                    if (!holdsSubcommands && !command.isAssignableTo("dev.stockadj.app.cli.WiredCommand")) {
                        events.add(SimpleConditionEvent.violated(command, command.getName()
                                + " runs without being a WiredCommand"));
                    }
                }
            });

    static final ArchRule USE_CASES_ARE_BUILT_ONLY_BY_THE_WIRING = noClasses()
            .that().resideInAPackage(APP)
            .and().resideOutsideOfPackages("dev.stockadj.app.wiring..", "dev.stockadj.app.journal..")
            .should().dependOnClassesThat().resideInAPackage("dev.stockadj.core.service..")
            .because("a command asks for the use cases it drives by their port.in interfaces; UseCaseModule alone"
                    + " builds them (the app's journal decorates the core's ForwardingJournal)");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.stockadj.(**)").should().beFreeOfCycles();

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should().beAnnotatedWith("com.google.inject.Inject")
            .orShould().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("javax.inject.Inject");

    static final ArchRule NO_SYSTEM_OUT_OUTSIDE_THE_CLI = noClasses()
            .that().resideOutsideOfPackage("dev.stockadj.app.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    static final ArchRule[] RULES = {
            CORE_DEPENDS_ON_THE_JDK_ONLY, HTTP_ONLY_IN_ADAPTERS, JACKSON_ONLY_IN_ADAPTERS_AND_THE_APPS_IO,
            GUICE_AND_PICOCLI_ONLY_IN_THE_APP, A_LOGGING_BINDING_ONLY_IN_THE_APP, ONLY_THE_SANDBOX_PLUMBING_SERVES_HTTP, NO_VENDOR_SEES_ANOTHER_VENDOR,
            JDBC_ONLY_IN_THE_JOURNAL, THE_JOURNAL_KNOWS_ONLY_CORE, THE_WIRING_SPI_KNOWS_NEITHER_GUICE_NOR_THE_APP, QOYOD_SEES_NO_OTHER_ADAPTER_NOR_THE_APP,
            FOODICS_SEES_NO_OTHER_ADAPTER_NOR_THE_APP, ORDERTIME_SEES_NO_OTHER_ADAPTER_NOR_THE_APP,
            A_VENDORS_DTOS_STAY_WITH_THAT_VENDOR, DRIVING_PORTS_DO_NOT_SEE_DRIVEN_PORTS,
            DRIVEN_PORTS_DO_NOT_SEE_DRIVING_PORTS, PORTS_ARE_INTERFACES,
            DRIVEN_PORTS_ARE_IMPLEMENTED_IN_ADAPTERS_OR_THE_JOURNAL, COMMANDS_ARE_PARSED_THEN_RUN_ON_THE_WIRING,
            USE_CASES_ARE_BUILT_ONLY_BY_THE_WIRING, NO_PACKAGE_CYCLES, NO_FIELD_INJECTION,
            NO_SYSTEM_OUT_OUTSIDE_THE_CLI, NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS};

    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return Stream.of(RULES).map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(CLASSES)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.stockadj.core.model", "dev.stockadj.core.service", "dev.stockadj.qoyod",
            "dev.stockadj.costadj", "dev.stockadj.aolib", "dev.stockadj.journal", "dev.stockadj.plumbing", "dev.stockadj.plumbing.sandbox", "dev.stockadj.plumbing.wiring", "dev.stockadj.app"})
    void importsEveryModule(String rootPackage) {
        assertThat(CLASSES.stream().filter(c -> c.getPackageName().startsWith(rootPackage)))
                .as("production classes imported from %s", rootPackage).isNotEmpty();
    }

    @Test
    void leavesOutTestClasses() {
        assertThat(CLASSES.contain(CoreClassUsingJackson.class)).isFalse();
        assertThat(CLASSES.stream().map(JavaClass::getSimpleName)).doesNotContain("ArchitectureTest", "InMemoryVendor");
    }

    @Test
    void coreRuleReportsACoreClassUsingJackson() {
        JavaClasses violating = new ClassFileImporter().importClasses(CoreClassUsingJackson.class);

        assertThatThrownBy(() -> CORE_DEPENDS_ON_THE_JDK_ONLY.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreClassUsingJackson")
                .hasMessageContaining("com.fasterxml.jackson");
    }

    @Test
    void plumbingRuleReportsPlumbingThatKnowsAVendor() {
        JavaClasses violating = new ClassFileImporter().importClasses(PlumbingClassKnowingAVendor.class);

        assertThatThrownBy(() -> PLUMBING_KNOWS_NO_VENDOR.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlumbingClassKnowingAVendor")
                .hasMessageContaining("dev.stockadj.qoyod.QoyodAdapter");
    }

    @Test
    void plumbingRuleReportsASandboxPieceThatKnowsAVendor() {
        JavaClasses violating = new ClassFileImporter().importClasses(SandboxPieceKnowingAVendor.class);

        assertThatThrownBy(() -> PLUMBING_KNOWS_NO_VENDOR.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SandboxPieceKnowingAVendor")
                .hasMessageContaining("dev.stockadj.costadj.sandbox.FoodicsSandbox");
    }

    @Test
    void wiringRuleReportsAWiringPieceKnowingGuiceOrTheApp() {
        JavaClasses violating = new ClassFileImporter().importClasses(WiringKnowingGuiceAndTheApp.class);

        assertThatThrownBy(() -> THE_WIRING_SPI_KNOWS_NEITHER_GUICE_NOR_THE_APP.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WiringKnowingGuiceAndTheApp")
                .hasMessageContaining("com.google.inject.AbstractModule")
                .hasMessageContaining("dev.stockadj.app.config.ConfigException");
        assertThatThrownBy(() -> PLUMBING_KNOWS_NO_VENDOR.check(violating)).as("plumbing knows no app either")
                .isInstanceOf(AssertionError.class).hasMessageContaining("dev.stockadj.app.config.ConfigException");
    }

    /** Each vendor's module offers its wiring, in its root package, and the app's list holds every one. */
    @Test
    void everyVendorOffersItsWiringAndTheAppListsThemAll() {
        assertThat(CLASSES.stream().filter(c -> c.isAssignableTo(dev.stockadj.plumbing.wiring.VendorWiring.class)
                && !c.isInterface()).map(JavaClass::getName))
                .containsExactlyInAnyOrder("dev.stockadj.qoyod.QoyodWiring", "dev.stockadj.aolib.OrderTimeWiring",
                        "dev.stockadj.costadj.FoodicsWiring");
        assertThat(dev.stockadj.app.wiring.Modules.VENDORS).extracting(v -> v.getClass().getName())
                .containsExactlyInAnyOrder("dev.stockadj.qoyod.QoyodWiring", "dev.stockadj.aolib.OrderTimeWiring",
                        "dev.stockadj.costadj.FoodicsWiring");
    }

    @Test
    void sandboxRuleReportsAVendorSandboxServingHttpItself() {
        JavaClasses violating = new ClassFileImporter().importClasses(SandboxServingItself.class);

        assertThatThrownBy(() -> ONLY_THE_SANDBOX_PLUMBING_SERVES_HTTP.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SandboxServingItself")
                .hasMessageContaining("com.sun.net.httpserver.HttpServer");
    }

    @Test
    void commandRuleReportsACommandTheInjectorBuildsThatIsNoWiredCommand() {
        JavaClasses violating = new ClassFileImporter().importClasses(CommandBuildingItsOwnUseCase.class);

        assertThatThrownBy(() -> COMMANDS_ARE_PARSED_THEN_RUN_ON_THE_WIRING.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CommandBuildingItsOwnUseCase.<init>(dev.stockadj.core.port.out.JournalPort,")
                .hasMessageContaining("is injected")
                .hasMessageContaining("runs without being a WiredCommand");
    }

    @Test
    void useCaseRuleReportsACommandBuildingItsUseCase() {
        JavaClasses violating = new ClassFileImporter().importClasses(CommandBuildingItsOwnUseCase.class);

        assertThatThrownBy(() -> USE_CASES_ARE_BUILT_ONLY_BY_THE_WIRING.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dev.stockadj.core.service.ResolveUncertainService");
    }

    @Test
    void everyCommandOfTheCommandLineIsChecked() {
        assertThat(CLASSES.stream().filter(c -> c.isAnnotatedWith(CommandLine.Command.class)).map(JavaClass::getSimpleName))
                .contains("StockAdjCommand", "CostsCommand", "PlanCommand", "CostsShowCommand", "SandboxCommand",
                        "VerifyCountCommand", "RevertCountCommand", "CostsUpdateCommand");
    }

    @Test
    void vendorRuleReportsAVendorThatKnowsAnotherVendor() {
        JavaClasses violating = new ClassFileImporter().importClasses(OrderTimeClassKnowingQoyod.class,
                QoyodAdapter.class);

        assertThatThrownBy(() -> NO_VENDOR_SEES_ANOTHER_VENDOR.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OrderTimeClassKnowingQoyod")
                .hasMessageContaining("dev.stockadj.qoyod.QoyodAdapter");
    }

    @Test
    void jacksonRuleReportsTheSameViolation() {
        JavaClasses violating = new ClassFileImporter().importClasses(CoreClassUsingJackson.class);

        assertThatThrownBy(() -> JACKSON_ONLY_IN_ADAPTERS_AND_THE_APPS_IO.check(violating))
                .isInstanceOf(AssertionError.class);
    }
}
