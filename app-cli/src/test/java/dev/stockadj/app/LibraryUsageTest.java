package dev.stockadj.app;

import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.journal.JdbcJournal;
import dev.stockadj.journal.JournalDatabase;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.ApplyCountUseCase;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.DocumentOutcome;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.qoyod.QoyodAdapter;
import dev.stockadj.qoyod.QoyodSettings;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "as a library" example, run as written against the Qoyod sandbox: the library is
 * usable with plain constructors, no Guice and no command line.
 */
class LibraryUsageTest {
    @TempDir
    Path folder;

    @Test
    void theReadmesPlainJavaExampleAppliesACountOnce() {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0)) {
            // --- README: as a library ---
            try (QoyodAdapter qoyod = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey()))) {
                ApplyCountUseCase counts = new ApplyCountService(VendorPorts.quantities(qoyod),
                        new JdbcJournal(JournalDatabase.of(folder.resolve("journal.db").toString())), ClockPort.system());

                StockCount count = new StockCount(new CountReference("2026-11-weekly-main"), new LocationId("12"),
                        LocalDate.of(2026, 11, 22), "weekly count", Currency.getInstance("SAR"),
                        List.of(CountLine.of(1, new Sku("WID-A"), Quantity.of("50")),
                                CountLine.of(2, new Sku("WID-B"), Quantity.of("120"))));
                Accounts accounts = new Accounts(new AccountId("301"), new AccountId("502"));

                ApplyResult result = counts.apply(new CountCommand(count, Optional.of(accounts), ConflictPolicy.FAIL));
                // --- end of README example ---

                assertThat(result).isInstanceOfSatisfying(ApplyReport.class, report -> {
                    assertThat(report.complete()).isTrue();
                    assertThat(report.documents()).extracting(DocumentOutcome::state).containsOnly(DocumentState.APPLIED);
                });
                assertThat(sandbox.stock(88, 12)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(new BigDecimal("50")));
                assertThat(sandbox.stock(91, 12)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(new BigDecimal("120")));

                ApplyResult again = counts.apply(new CountCommand(count, Optional.of(accounts), ConflictPolicy.FAIL));
                assertThat(again).isInstanceOfSatisfying(ApplyReport.class, r -> assertThat(r.alreadyApplied()).isTrue());
                assertThat(sandbox.adjustmentIds()).hasSize(1);
            }
        }
    }
}
