/**
 * Qoyod: the Qoyod adapter (module adapter-qoyod), inventory adjustments of the Qoyod accounting API 2.0.
 *
 * <p>Entry: {@link dev.stockadj.qoyod.QoyodAdapter}, built from {@link dev.stockadj.qoyod.QoyodSettings}. Qoyod's
 * own knowledge stays here: {@code QoyodApi} (the endpoints), {@code QoyodFailures} (a body with {@code errors} is a
 * rejection at any status), {@code AnswerReader} (a plain-text 404 is "found nothing"), {@code QoyodMapper} (the
 * DTOs), the answer's verification and the product catalogue; {@code dto} holds the wire records and
 * {@code sandbox} the Qoyod emulator. What every vendor needs (client, credentials, send-once exchange, rate
 * limiter, Retry-After, redaction) is adapter-plumbing's {@code dev.stockadj.plumbing.http}.
 */
package dev.stockadj.qoyod;
