package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --journal jdbc:postgresql:...}: apply, re-run and list through a PostgreSQL journal, when one answers. */
class PostgresJournalCliTest {
    private static final String URL = Optional.ofNullable(System.getenv("STOCKADJ_TEST_PG_URL"))
            .orElse("jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres&connectTimeout=2");

    @TempDir
    Path folder;

    @Test
    void appliesOnceAndListsThroughAPostgresJournal() {
        String schema = "cli_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("STOCKADJ_REQUIRE_PG"))) {
                fail("STOCKADJ_REQUIRE_PG=1 but no PostgreSQL answers at " + URL, e);
            }
            assumeTrue(false, "no PostgreSQL at " + URL);
        }
        String journal = URL + "&currentSchema=" + schema;
        CliHarness cli = CliHarness.absolute(folder);
        cli.vendor.stock(CliHarness.LOCATION, Position.of(new ItemId("1")), Quantity.of(3));
        String count = cli.write("count.csv", "item,counted\n1,5\n").toString();

        CliHarness.Run first = cli.runRaw("--config", cli.config.toString(), "--journal", journal, "apply", count);
        CliHarness.Run again = cli.runRaw("--config", cli.config.toString(), "--journal", journal, "apply", count);
        CliHarness.Run list = cli.runRaw("--config", cli.config.toString(), "--journal", journal, "journal");

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(again.out()).contains("Already applied");
        assertThat(list.out()).contains("APPLIED");
        assertThat(cli.vendor.sends()).hasSize(1);
    }
}
