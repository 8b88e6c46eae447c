package dev.stockadj.qoyod.sandbox;

import dev.stockadj.plumbing.sandbox.Answer;

/**
 * The answers Qoyod gives besides its resources: Rails' HTML pages, the plain-text 404 of an empty list, JSON
 * messages, and what each injected {@link SandboxFailure} answers.
 */
final class QoyodAnswers {
    static final String FOUND_NOTHING = "Sorry, we found nothing.";
    static final String NO_SUCH_PAGE = "The page you were looking for doesn't exist.";

    private QoyodAnswers() {
    }

    /** Rails' HTML page with a title, e.g. the 404 of an unknown route. */
    static Answer page(int status, String title) {
        return Answer.html(status, "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title
                + "</h1></body></html>");
    }

    /** Qoyod's answer to a list with nothing in it, and to an unknown id. */
    static Answer foundNothing() {
        return Answer.text(404, FOUND_NOTHING);
    }

    static Answer message(int status, String message) {
        return Answer.json(status, "{\"message\":\"" + message + "\"}");
    }

    /** The answer an injected failure gives; {@link SandboxFailure#STORE_THEN_DROP} has none. */
    static Answer injected(SandboxFailure failure) {
        return switch (failure) {
            case SERVER_ERROR -> page(500, "We're sorry, but something went wrong.");
            case SERVICE_UNAVAILABLE -> Answer.text(503, "Service Unavailable");
            case UNAUTHORIZED -> message(401, "Unauthorized");
            case FORBIDDEN -> message(403, "You are not allowed to perform this action");
            case RATE_LIMITED -> message(429, "Too many requests").withHeader("Retry-After", "7");
            case HTML_PAGE -> page(200, "Qoyod — Sign in");
            case PLAIN_TEXT -> Answer.text(200, "OK");
            case UNEXPECTED_JSON -> Answer.json(200, "{\"status\":\"ok\",\"data\":[]}");
            case ERRORS_LIST_422 -> Answer.json(422,
                    "{\"errors\":[\"Inventory is locked for stock taking\",\"Date is in a closed period\"]}");
            case STORE_THEN_DROP -> throw new IllegalArgumentException("STORE_THEN_DROP has no answer");
        };
    }
}
