package dev.stockadj.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.VendorDocumentId;

/**
 * {@code plan}/{@code apply --json}: {@code {"count_ref", "result", "exit_code", "documents":
 * [{"key", "status", "vendor_id", "lines", "errors", "warnings"}], "variance": {...}, "problems", "conflicts",
 * "halt", "message"}}. {@code errors} are a rejection's messages; {@code warnings} are where an applied document's
 * answer shows the vendor recorded something other than what was sent. Decimals are strings, so no precision is lost.
 */
final class CountJson {
    private CountJson() {
    }

    static String of(CountOutcome outcome) {
        ObjectNode root = Json.object();
        root.put("count_ref", outcome.countRef().value());
        root.put("result", outcome.result());
        root.put("exit_code", outcome.exit().code());
        ArrayNode documents = root.putArray("documents");
        outcome.documents().forEach(d -> {
            documents.addObject().put("index", d.index()).put("key", d.key())
                    .put("status", d.status().name()).put("vendor_id", d.vendorId().map(VendorDocumentId::value).orElse(null))
                    .put("lines", d.lines()).put("note", d.note())
                    .setAll(Json.errorsAndWarnings(d.status() == DocumentState.APPLIED, d.errors()));
        });
        if (outcome.variance().isPresent()) {
            root.set("variance", variance(outcome.variance().get()));
        } else {
            root.putNull("variance");
        }
        ProblemList.put(root, outcome.problems(), outcome.problemsOmitted());
        outcome.unchecked().forEach(root.putArray("unchecked")::add);
        ArrayNode conflicts = root.putArray("conflicts");
        outcome.conflicts().forEach(c -> {
            ObjectNode node = conflicts.addObject();
            node.put("item", c.position().item().value());
            node.put("bin", c.position().bin().map(Bin::value).orElse(null));
            node.put("lot", c.position().lot().map(LotNumber::value).orElse(null));
            node.put("book_at_count", c.bookAtCount().plain()).put("book_now", c.bookNow().plain());
            c.lines().forEach(node.putArray("lines")::add);
        });
        if (outcome.halt().isPresent()) {
            root.putObject("halt").put("reason", outcome.halt().get().reason().name())
                    .put("message", outcome.halt().get().message());
        } else {
            root.putNull("halt");
        }
        root.put("message", outcome.message());
        return Json.text(root);
    }

    private static ObjectNode variance(VarianceReport report) {
        ObjectNode node = Json.object();
        node.put("currency", report.currency().getCurrencyCode());
        node.put("gains", report.gains().amount().toPlainString());
        node.put("losses", report.losses().amount().toPlainString());
        node.put("net", report.net().amount().toPlainString());
        node.put("unvalued", report.unvalued());
        ArrayNode lines = node.putArray("lines");
        for (VarianceLine line : report.lines()) {
            ObjectNode l = lines.addObject();
            l.put("item", line.position().item().value());
            l.put("bin", line.position().bin().map(Bin::value).orElse(null));
            l.put("lot", line.position().lot().map(LotNumber::value).orElse(null));
            l.put("book", line.book().plain()).put("counted", line.counted().plain())
                    .put("target", line.target().plain()).put("variance", line.variance().plain())
                    .put("direction", line.direction().name())
                    .put("unit_cost", line.unitCost().map(UnitCost::plain).orElse(null))
                    .put("value", line.value().map(Money::amount).map(java.math.BigDecimal::toPlainString).orElse(null));
            line.sourceLines().forEach(l.putArray("source_lines")::add);
        }
        return node;
    }
}
