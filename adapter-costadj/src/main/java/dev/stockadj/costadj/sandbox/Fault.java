package dev.stockadj.costadj.sandbox;

/** A way the sandbox can be told to fail the next request (see {@link FoodicsSandbox#failNext}). */
public enum Fault {
    /** 400 with a Laravel message. */
    BAD_REQUEST,
    /** 401 Unauthenticated, whatever the token. */
    UNAUTHORIZED,
    /** 403 This action is unauthorized. */
    FORBIDDEN,
    /** 404 Not Found. */
    NOT_FOUND,
    /**
     * 429 with {@code Retry-After} as set by {@link FoodicsSandbox#injectedRetryAfter}, or none after
     * {@link FoodicsSandbox#injectedRetryAfterAbsent}.
     */
    RATE_LIMITED,
    /** 500 Server Error (nothing stored). */
    SERVER_ERROR,
    /** 503 Service Unavailable, as an HTML page (nothing stored). */
    UNAVAILABLE,
    /** Handles the request normally, but only after {@link FoodicsSandbox#slowDelay} (beyond a short read timeout). */
    SLOW,
    /** 200 with an HTML page instead of JSON (nothing stored). */
    HTML,
    /** 200 with truncated JSON (nothing stored). */
    MALFORMED_JSON,
    /** Handles (and stores) the request, then drops the connection without answering. */
    STORE_THEN_DROP
}
