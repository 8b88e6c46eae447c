package dev.stockadj.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.plan.Conflict;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.RevertConflicted;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.StepOutcome;
import dev.stockadj.core.port.in.UnknownCount;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code revert} prints: its steps (key, what each does, state, vendor id), then what became of the count; under
 * {@code --json}, {@code {"count_ref", "result", "exit_code", "steps": [...], "conflicts", "halt", "message"}}.
 */
final class RevertView {
    private RevertView() {
    }

    static void print(RevertResult result, boolean json, PrintWriter out) {
        ExitCode exit = ExitCode.of(result);
        if (result instanceof RevertReport report) {
            report(report, exit, json, out);
        } else if (result instanceof RevertConflicted conflicted) {
            conflicts(conflicted.conflicts(), exit, json, out);
        } else if (result instanceof Invalid invalid) {
            Notice.print("invalid", exit, "nothing was sent", invalid.problems(), json, out);
        } else if (result instanceof UnknownCount unknown) {
            Notice.print("unknown", exit, unknown.message(), List.of(), json, out);
        } else {
            Notice.print("refused", exit, ((Refused) result).reason(), List.of(), json, out);
        }
        out.flush();
    }

    private static void report(RevertReport report, ExitCode exit, boolean json, PrintWriter out) {
        String message = message(report);
        if (json) {
            ObjectNode root = Json.object().put("count_ref", report.plan().reference().value())
                    .put("destination", report.plan().destination().value())
                    .put("result", result(report)).put("exit_code", exit.code());
            ArrayNode steps = root.putArray("steps");
            for (StepOutcome s : report.steps()) {
                steps.addObject().put("index", s.step().index()).put("key", s.step().key().value())
                        .put("action", s.step().undo().describe()).put("status", s.state().name())
                        .put("vendor_id", s.entry().vendorId().map(VendorDocumentId::value).orElse(null))
                        .put("note", s.entry().note())
                        .setAll(Json.errorsAndWarnings(s.state() == DocumentState.APPLIED, s.entry().errors()));
            }
            root.putArray("conflicts");
            root.put("halt", report.halt().map(Halt::message).orElse(null)).put("message", message);
            out.println(Json.text(root));
            return;
        }
        out.println("Revert of " + report.plan().reference() + " on " + report.plan().destination()
                + (report.planOnly() ? " (plan: nothing sent, nothing recorded)" : ""));
        Table table = new Table("STEP", "KEY", "ACTION", "STATUS", "VENDOR ID", "NOTE");
        report.steps().forEach(s -> table.row("#" + s.step().index(), s.step().key().value(), s.step().undo().describe(),
                s.state().name(), s.entry().vendorId().map(VendorDocumentId::value).orElse("-"), note(s)));
        if (!table.isEmpty()) {
            table.print(out);
        }
        out.println(message);
    }

    /** The step's journal note (its errors after it), but not the planned note that only repeats the action. */
    private static String note(StepOutcome step) {
        String note = step.entry().note().equals(step.step().undo().describe()) ? "" : step.entry().note();
        return step.entry().errors().isEmpty() ? note : note + ": " + step.entry().errors();
    }

    private static String result(RevertReport report) {
        if (report.planOnly()) {
            return "planned";
        }
        if (report.alreadyReverted()) {
            return "already_reverted";
        }
        return report.complete() ? "reverted" : "incomplete";
    }

    private static String message(RevertReport report) {
        if (report.planOnly()) {
            return report.steps().size() + " step(s) would be taken; run without --plan to take them.";
        }
        if (report.halt().isPresent()) {
            return "Halted: " + report.halt().get().message() + ".";
        }
        if (report.complete()) {
            return (report.alreadyReverted() ? "Already reverted: every step was done before; nothing sent."
                    : "Reverted: every step done.") + " stockadj verify " + report.plan().reference() + " checks the"
                    + " vendor now; a reverted count's documents are REVERTED in stockadj journal, and applying it"
                    + " again needs a new count reference.";
        }
        return "Not every step is done (" + report.count(DocumentState.REJECTED) + " rejected, "
                + report.count(DocumentState.UNCERTAIN) + " uncertain): re-run stockadj revert to continue.";
    }

    private static void conflicts(List<Conflict> conflicts, ExitCode exit, boolean json, PrintWriter out) {
        String message = conflicts.size() + " position(s) moved since the count was applied; nothing was sent."
                + " --on-conflict keep-counted sets them back all the same, keep-difference takes the count's change"
                + " off what is there now";
        if (json) {
            ObjectNode root = Json.object().put("result", "conflicted").put("exit_code", exit.code());
            root.putArray("steps");
            ArrayNode array = root.putArray("conflicts");
            conflicts.forEach(c -> array.addObject().put("item", c.position().item().value())
                    .put("position", c.position().toString()).put("set_by_count", c.bookAtCount().plain())
                    .put("now", c.bookNow().plain()));
            root.putNull("halt");
            root.put("message", message);
            out.println(Json.text(root));
            return;
        }
        out.println("Moved since the count was applied:");
        conflicts.forEach(c -> out.println("  " + c.position() + ": set to " + c.bookAtCount() + " by the count, is "
                + c.bookNow() + " now"));
        out.println(message + ".");
    }
}
