package dev.stockadj.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.in.CostCheck;
import dev.stockadj.core.port.in.CostsVerifyReport;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.PositionCheck;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.in.VerifyResult;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What {@code verify} prints: a table of positions (or items) with expected, found, difference and status, then one
 * line that says whether the books match; under {@code --json}, one object with the same.
 */
final class VerifyView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private VerifyView() {
    }

    static void print(VerifyResult result, boolean json, PrintWriter out) {
        ExitCode exit = ExitCode.of(result);
        if (result instanceof VerifyReport report) {
            positions(report, json, out);
        } else if (result instanceof CostsVerifyReport report) {
            costs(report, json, out);
        } else if (result instanceof UnknownCount unknown) {
            Notice.print("unknown", exit, unknown.message(), List.of(), json, out);
        } else {
            Notice.print("refused", exit, ((Refused) result).reason(), List.of(), json, out);
        }
        out.flush();
    }

    private static void positions(VerifyReport report, boolean json, PrintWriter out) {
        if (json) {
            ObjectNode root = Json.object().put("count_ref", report.reference().value())
                    .put("destination", report.destination().value())
                    .put("result", report.matches() ? "matches" : "drifted")
                    .put("exit_code", ExitCode.of(report).code())
                    .put("applied_at", report.appliedAt().map(Instant::toString).orElse(null))
                    .put("reverted_at", report.revertedAt().map(Instant::toString).orElse(null));
            ArrayNode positions = root.putArray("positions");
            for (PositionCheck p : report.positions()) {
                ObjectNode node = positions.addObject().put("item", p.position().item().value())
                        .put("bin", p.position().bin().map(Bin::value).orElse(null))
                        .put("lot", p.position().lot().map(LotNumber::value).orElse(null));
                p.lines().forEach(node.putArray("lines")::add);
                node.put("expected", p.expected().plain()).put("found", p.found().plain())
                        .put("difference", p.difference().plain()).put("status", p.drift().name()).put("why", p.why());
            }
            report.notes().forEach(root.putArray("notes")::add);
            out.println(Json.text(root));
            return;
        }
        out.println("Count " + report.reference() + " on " + report.destination()
                + report.appliedAt().map(at -> ", applied " + WHEN.format(at)).orElse("")
                + report.revertedAt().map(at -> ", reverted " + WHEN.format(at)
                        + ": each position is expected where the revert set it back").orElse(""));
        Table table = new Table("ITEM", "BIN/LOT", "EXPECTED", "FOUND", "DIFFERENCE", "STATUS", "WHY");
        for (PositionCheck p : report.positions()) {
            String where = p.position().bin().map(Bin::value).orElse("")
                    + p.position().lot().map(l -> "/" + l.value()).orElse("");
            table.row(p.position().item().value(), where.isEmpty() ? "-" : where, p.expected().plain(),
                    p.found().plain(), signed(p.difference()), p.drift().words(), p.why());
        }
        table.print(out);
        report.notes().forEach(note -> out.println("Note: " + note + "."));
        out.println(summary(report.positions().size(), report.count(Drift.MOVED_SINCE),
                report.count(Drift.NEVER_REACHED), "position"));
    }

    private static void costs(CostsVerifyReport report, boolean json, PrintWriter out) {
        if (json) {
            ObjectNode root = Json.object().put("count_ref", report.reference().value())
                    .put("adjustment_id", report.adjustment().map(a -> a.value()).orElse(null))
                    .put("status", report.status().map(s -> s.cliName()).orElse(null))
                    .put("business_date", report.businessDate().map(Object::toString).orElse(null))
                    .put("reverted", report.reverted()).put("result", report.matches() ? "matches" : "drifted")
                    .put("exit_code", ExitCode.of(report).code());
            ArrayNode items = root.putArray("items");
            for (CostCheck c : report.items()) {
                items.addObject().put("item", c.item().value()).put("expected", c.expected().plain())
                        .put("found", c.found().map(UnitCost::plain).orElse(null))
                        .put("difference", c.found().map(f -> f.value().subtract(c.expected().value()).toPlainString())
                                .orElse(null))
                        .put("status", c.drift().name()).put("why", c.why());
            }
            report.notes().forEach(root.putArray("notes")::add);
            out.println(Json.text(root));
            return;
        }
        out.println("Costs run " + report.reference() + report.adjustment().map(a -> ", cost adjustment " + a).orElse("")
                + report.status().map(s -> " (" + s.cliName() + ")").orElse("")
                + report.businessDate().map(d -> " of " + d).orElse("")
                + (report.reverted() ? ", reverted: each item is expected back at the cost the revert restored" : ""));
        Table table = new Table("ITEM", "EXPECTED", "FOUND", "DIFFERENCE", "STATUS", "WHY");
        for (CostCheck c : report.items()) {
            table.row(c.item().value(), c.expected().plain(), c.found().map(UnitCost::plain).orElse("-"),
                    c.found().map(f -> signed(new Quantity(f.value().subtract(c.expected().value())))).orElse("-"),
                    c.drift().words(), c.why());
        }
        if (!table.isEmpty()) {
            table.print(out);
        }
        report.notes().forEach(note -> out.println("Note: " + note + "."));
        long moved = report.items().stream().filter(c -> c.drift() == Drift.MOVED_SINCE).count();
        long never = report.items().stream().filter(c -> c.drift() == Drift.NEVER_REACHED).count();
        out.println(summary(report.items().size(), moved, never, "item"));
    }

    private static String summary(int all, long moved, long never, String what) {
        if (moved + never == 0) {
            return "All " + all + " " + what + "(s) match.";
        }
        return (moved + never) + " of " + all + " " + what + "(s) drifted: " + moved + " moved since, " + never
                + " never reached " + (never == 1 ? "its" : "their") + " target.";
    }

    private static String signed(Quantity difference) {
        return difference.signum() > 0 ? "+" + difference.plain() : difference.plain();
    }

}
