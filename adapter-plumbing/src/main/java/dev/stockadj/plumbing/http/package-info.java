/**
 * What every vendor adapter needs to talk HTTP, written once and knowing no vendor, one class a concern:
 * {@link dev.stockadj.plumbing.http.VendorClient} (the OkHttp client on the caller's, no retries or redirects,
 * {@link dev.stockadj.plumbing.http.UserAgent}), {@link dev.stockadj.plumbing.http.OriginCredentials} (credentials
 * to the vendor's origin only), {@link dev.stockadj.plumbing.http.Exchange} (send once, a 429 waited out),
 * {@link dev.stockadj.plumbing.http.MayHaveArrived} (the one rule exactly-once rests on),
 * {@link dev.stockadj.plumbing.http.RateLimiter} (bursts to the vendor's window, learnt from its 429s),
 * {@link dev.stockadj.plumbing.http.RetryAfter}, {@link dev.stockadj.plumbing.http.Redactor},
 * {@link dev.stockadj.plumbing.http.Snippet}, {@link dev.stockadj.plumbing.http.StatusFailures},
 * {@link dev.stockadj.plumbing.http.VendorJson}, {@link dev.stockadj.plumbing.http.SettingsCheck},
 * {@link dev.stockadj.plumbing.http.RequestLog} and {@link dev.stockadj.plumbing.http.CallerClock}. A vendor's
 * adapter keeps only what is that vendor's.
 */
package dev.stockadj.plumbing.http;
