package dev.stockadj.app.cli;

import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.input.CountFile;
import dev.stockadj.plumbing.wiring.VendorDefaults;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.CountCommand;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code plan} and {@code apply} share (DESIGN.md §5). */
public final class CountOptions {
    @Parameters(index = "0", paramLabel = "COUNT_FILE", description = "the count: CSV with a header row, or JSON")
    Path file;

    @Option(names = "--count-ref", paramLabel = "REF",
            description = "the count's reference (default: derived from the file's name and content and the location)")
    String countRef;

    @Option(names = "--location", paramLabel = "ID", description = "where the count was made (overrides the configured one)")
    String location;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "the count date (default: the date the count was first applied with, else today)")
    LocalDate date;

    @Option(names = "--memo", paramLabel = "TEXT", defaultValue = "", description = "a memo for the documents")
    String memo;

    @Option(names = "--on-conflict", paramLabel = "POLICY", defaultValue = "fail", converter = PolicyConverter.class,
            description = "fail | keep-counted | keep-difference (default: fail)")
    ConflictPolicy policy;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Mixin
    SandboxOption sandbox;

    LocationId location(VendorDefaults defaults) {
        if (location != null) {
            return Values.of("--location", location, LocationId::new);
        }
        return defaults.location().orElseThrow(() -> new ConfigException(defaults.locationKey(),
                "missing setting: configure it or pass --location"));
    }

    /**
     * The command for {@code count}. Without {@code --date} the count keeps the date it was first
     * applied with ({@code frozenDate}), so re-running the same file on a later day continues it
     * instead of being refused as other content under the same reference; a count never applied
     * is dated {@code today}.
     */
    CountCommand command(CountFile count, VendorDefaults defaults,
                         Function<CountReference, Optional<LocalDate>> frozenDate, LocalDate today) {
        LocationId where = location(defaults);
        CountReference reference = countRef != null
                ? Values.of("--count-ref", countRef, CountReference::new)
                : count.reference(where);
        if (memo.strip().length() > StockCount.MAX_MEMO) {
            throw new ConfigException("--memo", "longer than " + StockCount.MAX_MEMO + " characters");
        }
        LocalDate when = date != null ? date : frozenDate.apply(reference).orElse(today);
        StockCount stock = new StockCount(reference, where, when, memo, defaults.currency(), count.lines());
        return new CountCommand(stock, defaults.accounts(), policy);
    }
}
