/**
 * Order Time: the Order Time adapter (module adapter-aolib), inventory adjustments of Order Time's REST API
 * ({@code AOLib7.*} types).
 *
 * <p>Entry: {@link dev.stockadj.aolib.OrderTimeAdapter}, built from {@link dev.stockadj.aolib.OrderTimeSettings}.
 * Order Time's own knowledge stays here: {@code OrderTimeApi} (the endpoints), {@code OrderTimeFailures} (409
 * {@code ValidationResult} lists, 400, 403, 404 by {@code DocNo}), {@code OrderTimeMapper} (the {@code $type}d line
 * items and details), {@code OrderTimeClient} ({@code /list} paging), the catalog and position checks; {@code dto}
 * holds the wire records and {@code sandbox} the Order Time emulator. What every vendor needs (client, credentials,
 * send-once exchange, rate limiter, Retry-After, redaction) is adapter-plumbing's {@code dev.stockadj.plumbing.http}.
 */
package dev.stockadj.aolib;
