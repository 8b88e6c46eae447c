package dev.stockadj.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The adapter's ratio to raw OkHttp measured so that load from elsewhere falls on both alike: after a warm-up, raw
 * OkHttp and the adapter's post ({@link ApplyDocumentBenchmark}'s own methods and state) take turns in rounds of
 * {@value #ROUND_MILLIS} ms in one JVM, which goes first alternating, and each pair of rounds gives a ratio (raw ÷
 * post). JMH measures the two in forks one after the other, so a build starting on a shared machine between them
 * moves its ratio; this one it moves less. Besides the time per operation it gives the CPU time per operation of
 * the whole process (the caller and the sandbox answering it; what contention cannot stretch) and of the calling
 * thread alone (what the adapter adds on top of OkHttp is spent there). Medians and quartiles are printed.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.stockadj.benchmarks.ExchangeRatio [pairs, default 100]}
 */
public final class ExchangeRatio {
    static final int ROUND_MILLIS = 100;
    private static final int WARM_UP_PAIRS = 30;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ExchangeRatio() {
    }

    @FunctionalInterface
    private interface Op {
        Object run() throws Exception;
    }

    /** Microseconds per operation over one round: elapsed, the process's CPU, the calling thread's CPU. */
    private record Round(double wall, double process, double caller) {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        ApplyDocumentBenchmark benchmark = new ApplyDocumentBenchmark();
        ApplyDocumentBenchmark.Exchange state = new ApplyDocumentBenchmark.Exchange();
        state.start();
        try {
            Op raw = () -> benchmark.rawOkHttp(state);
            Op post = () -> benchmark.post(state);
            Round[] raws = new Round[pairs];
            Round[] posts = new Round[pairs];
            for (int i = -WARM_UP_PAIRS; i < pairs; i++) {
                state.forgetRequests();
                boolean rawFirst = Math.floorMod(i, 2) == 0;
                Round first = round(rawFirst ? raw : post);
                Round second = round(rawFirst ? post : raw);
                if (i >= 0) {
                    raws[i] = rawFirst ? first : second;
                    posts[i] = rawFirst ? second : first;
                }
            }
            System.out.printf(Locale.ROOT, "interleaved, %d pairs of %d ms rounds (medians, ratio quartiles):%n", pairs,
                    ROUND_MILLIS);
            line("time", raws, posts, Round::wall);
            line("process CPU", raws, posts, Round::process);
            line("caller CPU", raws, posts, Round::caller);
        } finally {
            state.stop();
        }
    }

    private static void line(String what, Round[] raws, Round[] posts, java.util.function.ToDoubleFunction<Round> of) {
        double[] raw = Arrays.stream(raws).mapToDouble(of).toArray();
        double[] post = Arrays.stream(posts).mapToDouble(of).toArray();
        double[] ratios = new double[raw.length];
        Arrays.setAll(ratios, i -> raw[i] / post[i]);
        System.out.printf(Locale.ROOT, "  %-11s raw OkHttp %6.1f µs/op, post %6.1f µs/op; raw ÷ post %.3f (%.3f–%.3f)%n",
                what, quantile(raw, 0.5), quantile(post, 0.5), quantile(ratios, 0.5), quantile(ratios, 0.25),
                quantile(ratios, 0.75));
    }

    private static Round round(Op op) throws Exception {
        long process = PROCESS.getProcessCpuTime();
        long caller = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + ROUND_MILLIS * 1_000_000L;
        long ops = 0;
        long now;
        do {
            op.run();
            ops++;
            now = System.nanoTime();
        } while (now < end);
        double perOp = 1e3 * ops;
        return new Round((now - start) / perOp, (PROCESS.getProcessCpuTime() - process) / perOp,
                (THREADS.getCurrentThreadCpuTime() - caller) / perOp);
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
