package dev.stockadj.aolib.sandbox;

/** Ways the sandbox can be told to fail the next matching request, as Order Time and networks do. */
public enum SandboxFailure {
    /** 400 with a plain-text message; nothing stored. */
    BAD_REQUEST_TEXT,
    /** 400 with a JSON {@code {"Message": ...}}; nothing stored. */
    BAD_REQUEST_JSON,
    /** 401; nothing stored. */
    UNAUTHORIZED,
    /** 403 (the user's role lacks rights); nothing stored. */
    FORBIDDEN,
    /** 429 with {@code Retry-After: 7}; nothing stored. */
    RATE_LIMITED,
    /** 500; nothing stored. */
    SERVER_ERROR,
    /** 503; nothing stored. */
    SERVICE_UNAVAILABLE,
    /** Waits {@link OrderTimeSandbox#slowDelay(java.time.Duration)} (3 s by default), then handles the request normally. */
    SLOW,
    /** Handles the request (a POST is stored) and then drops the connection without answering. */
    STORE_THEN_DROP,
    /** 200 with an HTML page (a proxy's error page); nothing stored. */
    HTML,
    /** 200 with truncated JSON; nothing stored. */
    MALFORMED_JSON
}
