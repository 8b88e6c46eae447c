package dev.stockadj.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.port.in.ReadJournalUseCase;
import dev.stockadj.core.port.in.ReadRevertsUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "journal", description = "List the journal's documents by count, newest count first (a reverted"
        + " count's documents are REVERTED), then the steps of reverts.")
final class JournalCommand implements WiredCommand<JournalCommand.Needs> {
    @Option(names = "--count-ref", paramLabel = "REF", description = "only this count")
    String countRef;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Mixin
    SandboxOption sandbox;

    /** The use cases: the journal's documents, and the steps of reverts listed after them. */
    record Needs(Provider<ReadJournalUseCase> journal, Provider<ReadRevertsUseCase> reverts) {
        @Inject
        Needs {
        }
    }

    @Override
    public int run(Needs needs) {
        Optional<CountReference> count = Optional.ofNullable(countRef)
                .map(ref -> Values.of("--count-ref", ref, CountReference::new));
        List<JournalEntry> entries = needs.journal().get().entries(count);
        List<JournalEntry> steps = needs.reverts().get().steps(count);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode array = root.putArray("entries");
            entries.forEach(e -> array.addObject().put("count_ref", e.countReference().value()).put("index", e.index())
                    .put("key", e.key().value()).put("status", e.state().name())
                    .put("vendor_id", e.vendorId().map(VendorDocumentId::value).orElse(null))
                    .put("updated_at", e.updatedAt().toString()).put("note", e.note())
                    .setAll(Json.errorsAndWarnings(e.recordedOtherwise(), e.errors())));
            ArrayNode reverts = root.putArray("reverts");
            steps.forEach(e -> reverts.addObject().put("count_ref", e.countReference().value())
                    .put("step", e.index()).put("key", e.key().value()).put("status", e.state().name())
                    .put("vendor_id", e.vendorId().map(VendorDocumentId::value).orElse(null))
                    .put("updated_at", e.updatedAt().toString()).put("note", e.note())
                    .setAll(Json.errorsAndWarnings(e.recordedOtherwise(), e.errors())));
            out.println(Json.text(root));
        } else if (entries.isEmpty() && steps.isEmpty()) {
            out.println(count.map(c -> "The journal has no documents for count " + c + ".")
                    .orElse("The journal is empty."));
        } else {
            Table table = new Table("COUNT", "DOC", "KEY", "STATUS", "VENDOR ID", "UPDATED", "NOTE");
            entries.forEach(e -> table.row(e.countReference().value(), "#" + e.index(), e.key().value(),
                    e.state().name(), e.vendorId().map(VendorDocumentId::value).orElse("-"), e.updatedAt().toString(),
                    e.errors().isEmpty() ? e.note() : (e.note().isEmpty() ? "" : e.note() + ": ") + e.errors()));
            if (!table.isEmpty()) {
                table.print(out);
            }
            print(steps, out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** The revert steps, as a table of their own: each undoes a count's documents (or a costs run) above. */
    private static void print(List<JournalEntry> steps, PrintWriter out) {
        if (steps.isEmpty()) {
            return;
        }
        out.println("Revert steps:");
        Table table = new Table("COUNT", "STEP", "KEY", "STATUS", "VENDOR ID", "UPDATED", "NOTE");
        steps.forEach(e -> table.row(e.countReference().value(), "#" + e.index(), e.key().value(), e.state().name(),
                e.vendorId().map(VendorDocumentId::value).orElse("-"), e.updatedAt().toString(),
                e.errors().isEmpty() ? e.note() : (e.note().isEmpty() ? "" : e.note() + ": ") + e.errors()));
        table.print(out);
    }
}
