package dev.stockadj.core.service;

import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the core logs through {@link System.Logger}. Core's tests have no logging binding, so the JDK's default
 * routes System.Logger to java.util.logging, where a handler catches it.
 */
class LoggedJournalTest {
    private static final LocationId WAREHOUSE = new LocationId("12");
    private static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));
    private static final ItemId WIDGET = new ItemId("88");

    private final Logger jul = Logger.getLogger("dev.stockadj.core.journal");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final InMemoryJournal journal = new InMemoryJournal();
    private final ManualClock clock = new ManualClock();
    private final InMemoryVendor vendor = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(500))
            .location(WAREHOUSE).accounts(ACCOUNTS).item(WIDGET, Optional.empty())
            .stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(47));

    @BeforeEach
    void catchLogs() {
        jul.addHandler(catcher);
        jul.setLevel(Level.ALL);
        jul.setUseParentHandlers(false);
    }

    @AfterEach
    void release() {
        jul.removeHandler(catcher);
        jul.setUseParentHandlers(true);
        jul.setLevel(null);
    }

    @Test
    void everyStateChangeIsLoggedAtInfoWithTheKeyTheStatesAndTheVendorId() {
        ApplyReport report = (ApplyReport) apply("c1");
        String key = report.documents().get(0).document().key().toString();
        String vendorId = report.documents().get(0).entry().vendorId().orElseThrow().toString();

        assertThat(lines(Level.INFO)).contains(key + " (new) → PLANNED")
                .anySatisfy(line -> assertThat(line).isEqualTo(key + " PLANNED → SENDING"))
                .contains(key + " SENDING → APPLIED, vendor id " + vendorId);
        assertThat(lines(Level.WARNING)).isEmpty();
    }

    @Test
    void aHaltIsAWarningAndTheResolutionOfAnUncertainDocumentIsInfo() {
        vendor.failNext(Fault.LANDED_THEN_LOST);
        ApplyReport first = (ApplyReport) apply("c2");
        String key = first.documents().get(0).document().key().toString();

        assertThat(lines(Level.WARNING)).singleElement().asString()
                .startsWith("apply of c2 halted (UNCERTAIN): " + key + " may have arrived");
        assertThat(lines(Level.INFO)).anySatisfy(line -> assertThat(line).startsWith(key + " SENDING → UNCERTAIN"));

        records.clear();
        apply("c2");

        assertThat(lines(Level.INFO)).contains(key + " resolved after reading the vendor's stock back: it arrived")
                .anySatisfy(line -> assertThat(line).startsWith(key + " UNCERTAIN → APPLIED: stock read back"));
        assertThat(lines(Level.WARNING)).isEmpty();
    }

    @Test
    void anOperatorsResolutionIsLogged() {
        vendor.failNext(Fault.LANDED_THEN_LOST);
        ApplyReport first = (ApplyReport) apply("c3");
        records.clear();

        new ResolveUncertainService(journal, clock).resolve(first.documents().get(0).document().key(), false);

        assertThat(lines(Level.INFO)).contains(first.documents().get(0).document().key()
                + " resolved by an operator: not at the vendor, to be sent again");
    }

    @Test
    void aNoteIsCutToItsFirstWords() {
        assertThat(LoggedJournal.firstWords("")).isEmpty();
        assertThat(LoggedJournal.firstWords("  rejected by the vendor ")).isEqualTo("rejected by the vendor");
        assertThat(LoggedJournal.firstWords("one two three four five six seven eight nine ten"))
                .isEqualTo("one two three four five six seven eight…");
        assertThat(LoggedJournal.firstWords("x".repeat(500))).hasSize(81).endsWith("…");
        assertThat(LoggedJournal.shortened("a\nb " + "y".repeat(300))).hasSize(201).startsWith("a b y");
    }

    private Object apply(String reference) {
        CountCommand command = new CountCommand(new StockCount(new CountReference(reference), WAREHOUSE,
                LocalDate.of(2026, 5, 18), "weekly", Currency.getInstance("SAR"),
                List.of(CountLine.of(1, WIDGET, Quantity.of("50")))), Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
        return new ApplyCountService(VendorPorts.quantities(vendor), journal, clock).apply(command);
    }

    private List<String> lines(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }
}
