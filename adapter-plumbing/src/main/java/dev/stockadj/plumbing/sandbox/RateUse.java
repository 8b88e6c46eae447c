package dev.stockadj.plumbing.sandbox;

import java.time.Duration;
import java.util.List;

/**
 * How much of a vendor's rate limit a client used, as a sandbox saw it: the requests answered (not 429, not
 * dropped) over what the limit allowed in the time they took, that time being from the first answered request's
 * arrival to the last one's plus the window the last one fell in. A client that sends {@code limit} requests at
 * once and then one more every {@code window / limit} scores 1.0; one that pauses a whole window scores less.
 *
 * @param answered the requests answered 200 to 299
 * @param limited  the requests answered 429
 * @param use      answered ÷ (limit × windows elapsed); 0 when nothing was answered
 */
public record RateUse(int answered, int limited, double use) {
    /** What the sandbox's log says of a client held to {@code limit} requests in any {@code window}. */
    public static RateUse of(List<SandboxRequest> requests, int limit, Duration window) {
        List<SandboxRequest> ok = requests.stream().filter(r -> r.status() >= 200 && r.status() < 300).toList();
        int limited = (int) requests.stream().filter(r -> r.status() == 429).count();
        if (ok.isEmpty()) {
            return new RateUse(0, limited, 0);
        }
        Duration elapsed = Duration.between(ok.get(0).at(), ok.get(ok.size() - 1).at());
        double windows = (elapsed.toMillis() + window.toMillis()) / (double) window.toMillis();
        return new RateUse(ok.size(), limited, ok.size() / (limit * windows));
    }
}
