package dev.stockadj.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The adapter's ratio to raw OkHttp measured so that load from elsewhere falls on both alike: after a warm-up, raw
 * OkHttp and the adapter's post ({@link ApplyDocumentBenchmark}'s own methods and state) take turns in rounds of
 * {@value #ROUND_MILLIS} ms in one JVM, which goes first alternating, and each pair of rounds gives a ratio (raw µs ÷
 * post µs). The median and quartiles are printed. JMH measures the two in forks one after the other, so a build
 * starting on a shared machine between them moves its ratio; this one it moves far less.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.stockadj.benchmarks.ExchangeRatio [pairs, default 30]}
 */
public final class ExchangeRatio {
    static final int ROUND_MILLIS = 300;
    private static final int WARM_UP_PAIRS = 10;

    private ExchangeRatio() {
    }

    @FunctionalInterface
    private interface Op {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ApplyDocumentBenchmark benchmark = new ApplyDocumentBenchmark();
        ApplyDocumentBenchmark.Exchange state = new ApplyDocumentBenchmark.Exchange();
        state.start();
        try {
            Op raw = () -> benchmark.rawOkHttp(state);
            Op post = () -> benchmark.post(state);
            double[] ratios = new double[pairs];
            double[] raws = new double[pairs];
            double[] posts = new double[pairs];
            for (int i = -WARM_UP_PAIRS; i < pairs; i++) {
                state.forgetRequests();
                boolean rawFirst = Math.floorMod(i, 2) == 0;
                double first = micros(rawFirst ? raw : post);
                double second = micros(rawFirst ? post : raw);
                if (i >= 0) {
                    raws[i] = rawFirst ? first : second;
                    posts[i] = rawFirst ? second : first;
                    ratios[i] = raws[i] / posts[i];
                }
            }
            System.out.printf(Locale.ROOT, "interleaved, %d pairs of %d ms rounds: raw OkHttp %.1f µs, post %.1f µs"
                            + " (medians); ratio raw ÷ post median %.3f (quartiles %.3f–%.3f)%n", pairs, ROUND_MILLIS,
                    median(raws), median(posts), median(ratios), quantile(ratios, 0.25), quantile(ratios, 0.75));
        } finally {
            state.stop();
        }
    }

    /** Microseconds per operation over one round. */
    private static double micros(Op op) throws Exception {
        long start = System.nanoTime();
        long end = start + ROUND_MILLIS * 1_000_000L;
        long ops = 0;
        long now;
        do {
            op.run();
            ops++;
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / 1e3 / ops;
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int low = (int) Math.floor(at);
        int high = (int) Math.ceil(at);
        return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
    }
}
