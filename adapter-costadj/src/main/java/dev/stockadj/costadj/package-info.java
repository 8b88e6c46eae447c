/**
 * Foodics: the Foodics adapter (module adapter-costadj), cost adjustment transactions of the Foodics POS API v5.
 *
 * <p>Entry: {@link dev.stockadj.costadj.FoodicsAdapter}, built from {@link dev.stockadj.costadj.FoodicsSettings}.
 * Foodics' own knowledge stays here: {@code FoodicsApi} (the endpoints), {@code FoodicsFailures} (Laravel's 422/400
 * field errors, 404, the token's scopes), {@code FoodicsMapper} (the DTOs), {@code FoodicsBlockRule} (10 429s in
 * 10 s block the token), the paging and lenient reading; {@code dto} holds the wire records and {@code sandbox} the
 * Foodics emulator. What every vendor needs (client, credentials, send-once exchange, rate limiter, Retry-After,
 * redaction) is adapter-plumbing's {@code dev.stockadj.plumbing.http}.
 */
package dev.stockadj.costadj;
