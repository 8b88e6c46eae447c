package dev.stockadj.qoyod.sandbox;

/** How the sandbox answers the next request instead of serving it ({@link QoyodSandbox#failNext}). */
public enum SandboxFailure {
    /** 500 with Rails' HTML error page; nothing stored. */
    SERVER_ERROR,
    /** 503 with a plain-text body; nothing stored. */
    SERVICE_UNAVAILABLE,
    /** 401 as for a wrong API key. */
    UNAUTHORIZED,
    /** 403 as for a key without the permission. */
    FORBIDDEN,
    /** 429 with {@code Retry-After: 7}. */
    RATE_LIMITED,
    /** 200 with an HTML page where JSON was due. */
    HTML_PAGE,
    /** 200 with a plain-text body where JSON was due. */
    PLAIN_TEXT,
    /** 200 with JSON that is neither the resource nor {@code errors}. */
    UNEXPECTED_JSON,
    /** 422 with {@code {"errors": ["...", "..."]}}, the list shape other Qoyod resources use. */
    ERRORS_LIST_422,
    /** Serves the request normally (a valid adjustment is stored and applied), then drops the connection unanswered. */
    STORE_THEN_DROP
}
