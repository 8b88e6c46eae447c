package dev.stockadj.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockadj.core.model.Problem;
import java.io.PrintWriter;
import java.util.List;

/** An outcome that is a message and perhaps input problems: {@code {"result", "exit_code", "message", "problems"}}. */
final class Notice {
    private Notice() {
    }

    static int print(String result, ExitCode exit, String message, List<Problem> problems, boolean json,
                     PrintWriter out) {
        if (json) {
            ObjectNode root = Json.object();
            root.put("result", result).put("exit_code", exit.code()).put("message", message);
            root.set("problems", Json.problems(problems));
            out.println(Json.text(root));
        } else {
            if (!problems.isEmpty()) {
                out.println("The input has " + problems.size() + " problem(s):");
                problems.forEach(p -> out.println("  " + p));
            }
            out.println(message);
        }
        out.flush();
        return exit.code();
    }
}
