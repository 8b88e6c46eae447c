package dev.stockadj.qoyod.sandbox;

import java.nio.charset.StandardCharsets;

/** The answer each injected failure gives. */
final class InjectedAnswers {
    private InjectedAnswers() {
    }

    static SandboxAnswer of(SandboxFailure failure) {
        return switch (failure) {
            case SERVER_ERROR -> SandboxAnswer.html(500, "We're sorry, but something went wrong.");
            case SERVICE_UNAVAILABLE -> SandboxAnswer.text(503, "Service Unavailable");
            case UNAUTHORIZED -> json(401, "{\"message\":\"Unauthorized\"}");
            case FORBIDDEN -> json(403, "{\"message\":\"You are not allowed to perform this action\"}");
            case RATE_LIMITED -> json(429, "{\"message\":\"Too many requests\"}").withHeader("Retry-After", "7");
            case HTML_PAGE -> SandboxAnswer.html(200, "Qoyod — Sign in");
            case PLAIN_TEXT -> SandboxAnswer.text(200, "OK");
            case UNEXPECTED_JSON -> json(200, "{\"status\":\"ok\",\"data\":[]}");
            case ERRORS_LIST_422 -> json(422, "{\"errors\":[\"Inventory is locked for stock taking\",\"Date is in a closed period\"]}");
            case STORE_THEN_DROP -> throw new IllegalArgumentException("STORE_THEN_DROP has no answer");
        };
    }

    private static SandboxAnswer json(int status, String body) {
        return SandboxAnswer.json(status, body.getBytes(StandardCharsets.UTF_8));
    }
}
