package dev.stockadj.journal;

import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Several workers apply the same count at the same moment through one shared journal, each over
 * its own connection: the journal's freeze and compare-and-set must let exactly one of them send
 * each document, so nothing reaches the vendor twice.
 */
class SharedJournalTest {
    private static final int WORKERS = 4;
    private static final int ITEMS = 12;
    private static final LocationId WAREHOUSE = new LocationId("12");
    private static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));

    @TempDir
    Path folder;

    @Test
    void workersSharingASqliteJournalSendEachDocumentOnce() throws Exception {
        String file = folder.resolve("shared.db").toString();

        raceAndCheck(() -> new JdbcJournal(JournalDatabase.of(file)));
    }

    @Test
    void workersSharingAPostgresJournalSendEachDocumentOnce() throws Exception {
        String url = PostgresJournalContractTest.URL;
        String schema = "shared_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("STOCKADJ_REQUIRE_PG"))) {
                fail("STOCKADJ_REQUIRE_PG=1 but no PostgreSQL answers at " + url, e);
            }
            assumeTrue(false, "no PostgreSQL at " + url);
        }

        raceAndCheck(() -> new JdbcJournal(JournalDatabase.of(url + "&currentSchema=" + schema)));
    }

    private void raceAndCheck(Supplier<JournalPort> journals) throws Exception {
        InMemoryVendor vendor = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(1))
                .location(WAREHOUSE).accounts(ACCOUNTS);
        List<CountLine> lines = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            ItemId item = new ItemId("item-" + i);
            vendor.item(item, Optional.empty()).stock(WAREHOUSE, Position.of(item), Quantity.of(10));
            lines.add(CountLine.of(i, item, Quantity.of(10 + i)));
        }
        CountCommand command = new CountCommand(new StockCount(new CountReference("shared-count"), WAREHOUSE,
                LocalDate.of(2026, 11, 22), "", Currency.getInstance("SAR"), lines), Optional.of(ACCOUNTS),
                ConflictPolicy.FAIL);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<ApplyResult>> runs = IntStream.range(0, WORKERS).mapToObj(n -> pool.submit(() -> {
                ApplyCountService worker = new ApplyCountService(VendorPorts.quantities(vendor), journals.get(),
                        ClockPort.system());
                start.await();
                return worker.apply(command);
            })).toList();
            start.countDown();
            for (Future<ApplyResult> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).isInstanceOf(ApplyReport.class);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(vendor.applications()).hasSize(ITEMS).allSatisfy((key, times) ->
                assertThat(times).as("applications of %s", key).isEqualTo(1));
        assertThat(vendor.sends()).as("no document was even attempted twice").hasSize(ITEMS);
        JournalPort journal = journals.get();
        assertThat(journal.entries(new CountReference("shared-count"))).hasSize(ITEMS)
                .extracting(JournalEntry::state).containsOnly(DocumentState.APPLIED);
    }
}
