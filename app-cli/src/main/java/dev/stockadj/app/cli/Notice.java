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
        return print(result, exit, message, problems, 0, json, out);
    }

    /** @param omitted input problems found but not in {@code problems} (the reader keeps only the first) */
    static int print(String result, ExitCode exit, String message, List<Problem> problems, int omitted, boolean json,
                     PrintWriter out) {
        if (json) {
            ObjectNode root = Json.object();
            root.put("result", result).put("exit_code", exit.code()).put("message", message);
            ProblemList.put(root, problems, omitted);
            out.println(Json.text(root));
        } else {
            if (!problems.isEmpty()) {
                ProblemList.print(problems, omitted, out);
            }
            out.println(message);
        }
        out.flush();
        return exit.code();
    }
}
