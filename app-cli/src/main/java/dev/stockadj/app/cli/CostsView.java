package dev.stockadj.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.in.CostChange;
import dev.stockadj.core.port.in.CostCorrectionReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cost adjustments and cost corrections, as a table or as JSON. */
final class CostsView {
    private CostsView() {
    }

    static void report(CostCorrectionReport report, boolean json, PrintWriter out) {
        if (json) {
            ObjectNode root = Json.object();
            root.put("key", report.key().value());
            root.put("already_applied", report.alreadyApplied());
            root.set("adjustment", adjustment(report.adjustment()));
            ArrayNode changes = root.putArray("changes");
            report.changes().forEach(c -> changes.addObject().put("item", c.item().value())
                    .put("previous_cost", c.previousCost().map(UnitCost::plain).orElse(null))
                    .put("new_cost", c.newCost().plain())
                    .put("on_hand", c.onHand().map(Quantity::plain).orElse(null))
                    .put("revaluation", c.revaluation().map(m -> m.amount().toPlainString()).orElse(null))
                    .put("not_computed_because", whyNoRevaluation(c, report.adjustment()).orElse(null)));
            root.put("revaluation", report.revaluation().amount().toPlainString());
            root.put("currency", report.revaluation().currency().getCurrencyCode());
            out.println(Json.text(root));
        } else {
            out.println("Cost adjustment " + report.adjustment().id() + " (" + report.adjustment().status().cliName()
                    + ") at " + report.adjustment().branch() + " on " + report.adjustment().businessDate()
                    + ", key " + report.key());
            Table table = new Table("ITEM", "PREVIOUS", "NEW", "ON HAND", "REVALUATION");
            for (CostChange c : report.changes()) {
                table.row(c.item().value(), c.previousCost().map(UnitCost::plain).orElse("-"), c.newCost().plain(),
                        c.onHand().map(Quantity::plain).orElse("-"), c.revaluation().map(Money::toString).orElse("-"));
            }
            table.print(out);
            for (CostChange c : report.changes()) {
                whyNoRevaluation(c, report.adjustment()).ifPresent(why ->
                        out.println("Revaluation of " + c.item() + " not computed: " + why + "."));
            }
            out.println("Revaluation " + report.revaluation());
            if (report.alreadyApplied()) {
                out.println("Already applied: an adjustment with this key existed; nothing new was created.");
            }
        }
        out.flush();
    }

    /** Why an item's revaluation is missing, in words: what the vendor did not tell. Empty when it was computed. */
    static Optional<String> whyNoRevaluation(CostChange change, CostAdjustment adjustment) {
        if (change.revaluation().isPresent()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (change.onHand().isEmpty()) {
            reasons.add("the on-hand quantity at the branch is unknown (the vendor listed none)");
        }
        if (change.previousCost().isEmpty()) {
            reasons.add(adjustment.status() == CostAdjustmentStatus.DRAFT
                    ? "a draft has no previous cost until it is closed"
                    : "the vendor reported no previous cost");
        }
        return Optional.of(String.join("; ", reasons));
    }

    static void list(List<CostAdjustment> adjustments, boolean json, PrintWriter out) {
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode array = root.putArray("adjustments");
            adjustments.forEach(a -> array.add(adjustment(a)));
            out.println(Json.text(root));
        } else {
            Table table = new Table("ID", "STATUS", "BRANCH", "DATE", "ITEMS", "REFERENCE");
            adjustments.forEach(a -> table.row(a.id().value(), a.status().cliName(), a.branch().value(),
                    String.valueOf(a.businessDate()), String.valueOf(a.items().size()), a.reference().orElse("-")));
            table.print(out);
        }
        out.flush();
    }

    static void show(CostAdjustment a, boolean json, PrintWriter out) {
        if (json) {
            out.println(Json.text(adjustment(a)));
        } else {
            out.println("Cost adjustment " + a.id() + " (" + a.status().cliName() + ") at " + a.branch() + " on "
                    + a.businessDate() + a.reference().map(r -> ", reference " + r).orElse("")
                    + (a.notes().isEmpty() ? "" : ", notes: " + a.notes()));
            Table table = new Table("ITEM", "COST PER UNIT", "PREVIOUS");
            for (CostAdjustmentItem item : a.items()) {
                table.row(item.item().value(), item.costPerUnit().plain(),
                        item.previousCostPerUnit().map(UnitCost::plain).orElse("-"));
            }
            table.print(out);
        }
        out.flush();
    }

    private static ObjectNode adjustment(CostAdjustment a) {
        ObjectNode node = Json.object();
        node.put("id", a.id().value()).put("status", a.status().cliName()).put("branch", a.branch().value())
                .put("business_date", String.valueOf(a.businessDate())).put("reference", a.reference().orElse(null))
                .put("notes", a.notes());
        ArrayNode items = node.putArray("items");
        a.items().forEach(i -> items.addObject().put("item", i.item().value())
                .put("cost_per_unit", i.costPerUnit().plain())
                .put("previous_cost_per_unit", i.previousCostPerUnit().map(UnitCost::plain).orElse(null)));
        return node;
    }
}
