package dev.stockadj.app.cli;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.VendorDocumentId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code plan}/{@code apply} for a person: the variance table, totals, documents, messages. */
final class CountTable {
    private CountTable() {
    }

    /** @param skus the SKU each input line named; a SKU column shows when any did */
    static void print(CountOutcome outcome, Skus skus, PrintWriter out) {
        out.println("Count " + outcome.countRef());
        outcome.variance().ifPresent(v -> variance(v, skus, out));
        if (!outcome.documents().isEmpty()) {
            out.println();
            Table documents = new Table("DOC", "KEY", "STATUS", "VENDOR ID", "LINES");
            outcome.documents().forEach(d -> documents.row("#" + d.index(), d.key(), d.status().name(),
                    d.vendorId().map(VendorDocumentId::value).orElse("-"), String.valueOf(d.lines())));
            documents.print(out);
            outcome.documents().forEach(d -> {
                if (!d.errors().isEmpty() && d.status() == DocumentState.APPLIED) {
                    out.println("Warning: document #" + d.index() + " was recorded by the vendor, but not as sent"
                            + " (check it in the vendor's books):");
                    d.errors().stream().map(FieldError::toString).forEach(e -> out.println("  - " + e));
                } else if (!d.errors().isEmpty()) {
                    out.println("Document #" + d.index() + " rejected by the vendor:");
                    d.errors().stream().map(FieldError::toString).forEach(e -> out.println("  - " + e));
                } else if (!d.note().isEmpty() && d.status() != DocumentState.APPLIED) {
                    out.println("Document #" + d.index() + ": " + d.note());
                }
                if (d.status() == DocumentState.UNCERTAIN) {
                    out.println("  then: stockadj resolve " + d.key() + " --applied | --not-applied");
                }
            });
        } else if (outcome.variance().isPresent() && outcome.problems().isEmpty() && outcome.conflicts().isEmpty()) {
            out.println("No variance: nothing to send.");
        }
        if (!outcome.unchecked().isEmpty()) {
            out.println("Not checked before sending (the vendor's own validation decides):");
            outcome.unchecked().forEach(note -> out.println("  - " + note));
        }
        if (!outcome.problems().isEmpty()) {
            ProblemList.print(outcome.problems(), outcome.problemsOmitted(), out);
        }
        if (!outcome.conflicts().isEmpty()) {
            out.println("Stock moved while counting:");
            outcome.conflicts().forEach(c -> out.println("  " + c));
        }
        if (!outcome.message().isEmpty()) {
            out.println(outcome.message().substring(0, 1).toUpperCase(Locale.ROOT)
                    + outcome.message().substring(1) + ".");
        }
        out.flush();
    }

    private static void variance(VarianceReport report, Skus skus, PrintWriter out) {
        boolean named = skus.any();
        List<String> header = named
                ? List.of("ITEM", "SKU", "BIN/LOT", "BOOK", "COUNTED", "VARIANCE", "VALUE")
                : List.of("ITEM", "BIN/LOT", "BOOK", "COUNTED", "VARIANCE", "VALUE");
        List<VarianceLine> lines = report.lines();
        Table.print(out, header, lines.size(), i -> cells(lines.get(i), named, skus));
        out.println("Gains " + report.gains() + " (" + report.count(Direction.GAIN) + " lines), losses "
                + report.losses() + " (" + report.count(Direction.LOSS) + " lines), net " + report.net()
                + (report.unvalued() > 0 ? "; " + report.unvalued() + " line(s) without unit cost not valued" : ""));
    }

    private static List<String> cells(VarianceLine line, boolean named, Skus skus) {
        String where = line.position().bin().map(Bin::value).orElse("")
                + line.position().lot().map(l -> "/" + l.value()).orElse("");
        List<String> cells = new ArrayList<>(named ? 7 : 6);
        cells.add(line.position().item().value());
        if (named) {
            cells.add(line.sourceLines().stream().map(skus::of).flatMap(Optional::stream).distinct()
                    .collect(Collectors.joining(",")));
        }
        cells.addAll(List.of(where.isEmpty() ? "-" : where, line.book().plain(), line.counted().plain(),
                signed(line), line.value().map(CountTable::amount).orElse("-")));
        return cells;
    }

    private static String signed(VarianceLine line) {
        return (line.variance().signum() > 0 ? "+" : "") + line.variance().plain();
    }

    private static String amount(Money money) {
        return (money.signum() > 0 ? "+" : "") + money.amount().toPlainString();
    }
}
