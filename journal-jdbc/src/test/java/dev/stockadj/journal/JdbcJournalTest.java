package dev.stockadj.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.VendorName;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcJournalTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456789Z");
    static final Destination QOYOD = new Destination("qoyod https://api.qoyod.com");

    @TempDir
    Path folder;

    static CountPlan plan(String reference, String key) {
        CountReference ref = new CountReference(reference);
        Position item = Position.of(new ItemId("7"));
        AdjustmentDocument document = new AdjustmentDocument(0, new IdempotencyKey(key), new VendorName("qoyod"), ref,
                new LocationId("12"), LocalDate.of(2026, 11, 22), "", QuantityMode.ABSOLUTE,
                new Accounts(new AccountId("301"), new AccountId("502")),
                List.of(new PlannedLine(item, List.of(1), Quantity.of(3), Quantity.of(5), Optional.empty(), Optional.empty())));
        VarianceLine line = new VarianceLine(item, List.of(1), Quantity.of(5), Quantity.of(3), Quantity.of(5),
                Quantity.of(2), Direction.GAIN, Optional.empty(), Optional.empty());
        return new CountPlan(ref, new VendorName("qoyod"), QOYOD, new LocationId("12"), LocalDate.of(2026, 11, 22), "abc",
                VarianceReport.of(List.of(line), Currency.getInstance("SAR")), List.of(document));
    }

    @Test
    void createsTheJournalFileAndItsFolderOnFirstUse() {
        Path file = folder.resolve("nested/dir/journal.db");
        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(file));

        assertThat(journal.entries()).isEmpty();
        assertThat(file).exists();
    }

    @Test
    void keepsEverythingAcrossReopening() {
        Path file = folder.resolve("journal.db");
        CountPlan plan = plan("count-a", "sa1-000000000000000000000001");
        JournalEntry planned = JournalEntry.planned(plan.documents().get(0), AT);
        new JdbcJournal(JournalDatabase.sqlite(file)).freeze(plan, List.of(planned));

        JdbcJournal reopened = new JdbcJournal(JournalDatabase.sqlite(file));

        assertThat(reopened.plan(plan.reference(), QOYOD)).contains(plan);
        assertThat(reopened.entry(planned.key())).contains(planned);
    }

    @Test
    void listsNewestCountFirst() {
        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(folder.resolve("j.db")));
        CountPlan older = plan("count-a", "sa1-000000000000000000000001");
        CountPlan newer = plan("count-b", "sa1-000000000000000000000002");
        journal.freeze(older, List.of(JournalEntry.planned(older.documents().get(0), AT)));
        journal.freeze(newer, List.of(JournalEntry.planned(newer.documents().get(0), AT)));

        assertThat(journal.entries()).extracting(e -> e.countReference().value()).containsExactly("count-b", "count-a");
    }

    @Test
    void transitionOfAnUnknownKeyChangesNothing() {
        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(folder.resolve("j.db")));
        CountPlan plan = plan("count-a", "sa1-000000000000000000000001");
        JournalEntry stranger = JournalEntry.planned(plan.documents().get(0), AT);

        assertThat(journal.transition(DocumentState.PLANNED, stranger.moveTo(DocumentState.SENDING, "", AT))).isFalse();
    }

    @Test
    void refusesAJdbcUrlThatIsNotPostgres() {
        assertThatThrownBy(() -> JournalDatabase.of("jdbc:mysql://db/x?password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql:")
                .hasMessageContaining("jdbc:mysql:").message().doesNotContain("hunter2");
    }

    @Test
    void namesAPostgresJournalWithoutItsQueryWhichMayHoldAPassword() {
        assertThat(JournalDatabase.of("jdbc:postgresql://db/x?user=u&password=hunter2").toString())
                .isEqualTo("jdbc:postgresql://db/x").doesNotContain("hunter2");
    }

    @Test
    void anUnreachableJournalIsAJournalFailure() throws Exception {
        Path aFile = Files.writeString(folder.resolve("text.txt"), "a file where a folder should be");
        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(aFile.resolve("journal.db")));

        assertThatThrownBy(journal::entries).isInstanceOf(JournalFailure.class).hasMessageContaining("cannot create");
    }

    /**
     * Workers that start together on a journal file nobody has made yet: each freezes its own
     * count. SQLite mishandles a zero-length file under concurrent first writers (one deletes the
     * other's rollback journal), which failed about one race in ten before the file was created
     * whole; thirty races make a regression near certain to show.
     */
    @Test
    void workersStartingTogetherOnANewJournalFileAllGetThrough() throws Exception {
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (int race = 0; race < 30; race++) {
                Path file = folder.resolve("race-" + race + "/journal.db");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> frozen = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    CountPlan plan = plan("count-" + w, "sa1-00000000000000000000000" + w);
                    frozen.add(pool.submit(() -> {
                        JdbcJournal journal = new JdbcJournal(JournalDatabase.sqlite(file));
                        start.await();
                        journal.entries();
                        return journal.freeze(plan, List.of(JournalEntry.planned(plan.documents().get(0), AT)));
                    }));
                }
                start.countDown();
                for (Future<Boolean> f : frozen) {
                    assertThat(f.get(30, TimeUnit.SECONDS)).as("race %d", race).isTrue();
                }
                assertThat(new JdbcJournal(JournalDatabase.sqlite(file)).entries()).hasSize(workers);
                try (Stream<Path> left = Files.list(file.getParent())) {
                    assertThat(left).as("nothing but the journal is left beside it")
                            .extracting(p -> p.getFileName().toString()).containsExactly("journal.db");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewJournalFileCarriesTheJournalsApplicationId() throws Exception {
        Path file = folder.resolve("journal.db");
        new JdbcJournal(JournalDatabase.sqlite(file)).entries();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA application_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(JournalDatabase.APPLICATION_ID);
        }
    }

    @Test
    void aPlanLongerThanOnePartIsFrozenInPartsAndReadBackEqual() throws Exception {
        Path file = folder.resolve("journal.db");
        CountPlan plan = LargePlans.plan("count-big", 'b', 8_000);
        List<JournalEntry> entries = plan.documents().stream().map(d -> JournalEntry.planned(d, AT)).toList();

        assertThat(new JdbcJournal(JournalDatabase.sqlite(file)).freeze(plan, entries)).isTrue();

        assertThat(new JdbcJournal(JournalDatabase.sqlite(file)).plan(plan.reference(), QOYOD)).contains(plan);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet parts = s.executeQuery("SELECT COUNT(*), SUM(LENGTH(json_text)), MAX(part_no)"
                     + " FROM stockadj_count_part WHERE count_ref = 'count-big'")) {
            assertThat(parts.next()).isTrue();
            assertThat(parts.getInt(1)).as("parts").isGreaterThan(1).isEqualTo(parts.getInt(3));
            assertThat(parts.getLong(2)).as("the whole text, in parts").isEqualTo(PlanJson.write(plan).length());
            try (ResultSet whole = s.executeQuery("SELECT plan_json FROM stockadj_count WHERE count_ref = 'count-big'")) {
                assertThat(whole.next()).isTrue();
                assertThat(whole.getString(1)).as("not also whole in the plan row").isEmpty();
            }
        }
    }

    @Test
    void aPlanWithAPartMissingIsReportedUnreadableNotReadShort() throws Exception {
        Path file = folder.resolve("journal.db");
        CountPlan plan = LargePlans.plan("count-big", 'b', 8_000);
        new JdbcJournal(JournalDatabase.sqlite(file)).freeze(plan, List.of());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DELETE FROM stockadj_count_part WHERE part_no = 2");
        }

        assertThatThrownBy(() -> new JdbcJournal(JournalDatabase.sqlite(file)).plan(plan.reference(), QOYOD))
                .isInstanceOf(JournalFailure.class).hasMessageContaining("stored plan cannot be read");
    }
}
