package dev.stockadj.benchmarks;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What one document costs to apply against a Qoyod that answers at once (its sandbox on loopback, rate limits
 * opened wide: {@link SandboxedQoyod}), one request or apply at a time, and the floor it is measured against.
 *
 * <ul>
 *   <li>{@code rawOkHttp} — the baseline: one shared {@link OkHttpClient} POSTing the very bytes the adapter sends for
 *       a one-line document ({@link SentBody}) to the same endpoint, and reading the answer as text.</li>
 *   <li>{@code post} — the adapter's HTTP exchange alone: {@code QoyodAdapter.post} of a document planned beforehand,
 *       no journal. Mapping to Qoyod's JSON, Retrofit and Jackson, the rate limiter, the request log, reading the
 *       answer and checking it against what was sent. <b>The ratio</b> the issue asks of the adapter is
 *       rawOkHttp's time ÷ post's time (post's throughput as a share of raw OkHttp's, same run): at least 0.8.</li>
 *   <li>{@code plan} — planning a new one-line count: the reads it takes (by SKU, the inventory and accounts) and
 *       the core's planning; what every apply does before its first document.</li>
 *   <li>{@code apply} — the whole thing per document: a new count reference with one line, planned, frozen in the
 *       journal, PLANNED → SENDING committed, posted, SENDING → APPLIED committed. With {@code journal=sqlite} the
 *       journal-jdbc journal in a SQLite file in a temporary folder, as the CLI opens it (each write a transaction,
 *       synced to disk); {@code sqlite-unsynced} the same without the syncs; {@code memory} a journal in memory
 *       ({@link MemoryJournal}): sqlite − memory is the journal's cost, sqlite − sqlite-unsynced the disk's part.</li>
 * </ul>
 * Logging is off (Logback stays quiet until the CLI configures it), as in a library whose caller logs nothing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ApplyDocumentBenchmark {

    /** The sandbox, the adapter, one planned document and the bytes the adapter sends for it. */
    @State(Scope.Benchmark)
    public static class Exchange {
        SandboxedQoyod qoyod;
        AdjustmentDocument document;
        SentBody sent;
        OkHttpClient raw;
        RequestBody body;
        PlanCountService planning;

        @Setup
        public void start() {
            qoyod = new SandboxedQoyod();
            document = qoyod.plannedDocument();
            sent = SentBody.of(qoyod, document);
            raw = new OkHttpClient();
            body = RequestBody.create(sent.bytes(), sent.contentType());
            planning = new PlanCountService(qoyod.ports());
        }

        /** The sandbox keeps every request it received; between iterations it forgets them, so memory stays flat. */
        @Setup(Level.Iteration)
        public void forgetRequests() {
            qoyod.sandbox.clearRequests();
        }

        @TearDown
        public void stop() {
            raw.dispatcher().executorService().shutdown();
            raw.connectionPool().evictAll();
            qoyod.close();
        }
    }

    /** A whole apply per operation, on a journal in a SQLite file (synced or not) or in memory ({@link Journals}). */
    @State(Scope.Benchmark)
    public static class Applying {
        @Param({"sqlite", "sqlite-unsynced", "memory"})
        public String journal;

        SandboxedQoyod qoyod;
        ApplyCountService applying;
        private Path folder;

        @Setup
        public void start() throws IOException {
            qoyod = new SandboxedQoyod();
            folder = Files.createTempDirectory("stockadj-bench-apply");
            JournalPort kept = Journals.of(journal, folder);
            applying = new ApplyCountService(qoyod.ports(), kept, ClockPort.system());
            ApplyRequests.print(qoyod, kept);
        }

        ApplyReport applyOne() {
            ApplyResult result = applying.apply(qoyod.nextCount());
            if (!(result instanceof ApplyReport report) || !report.complete() || report.documents().size() != 1) {
                throw new IllegalStateException("expected one applied document, got " + result);
            }
            return report;
        }

        @Setup(Level.Iteration)
        public void forgetRequests() {
            qoyod.sandbox.clearRequests();
        }

        @TearDown
        public void stop() throws IOException {
            qoyod.close();
            TempFolders.delete(folder);
        }
    }

    @Benchmark
    public String rawOkHttp(Exchange state) throws IOException {
        Request request = new Request.Builder().url(state.sent.url())
                .header("API-KEY", QoyodSandbox.DEMO_API_KEY).post(state.body).build();
        try (Response response = state.raw.newCall(request).execute()) {
            String answer = response.body().string();
            if (response.code() != 200 || !answer.contains("\"inventory_adjustment\"")) {
                throw new IllegalStateException("the sandbox refused the raw POST: HTTP " + response.code());
            }
            return answer;
        }
    }

    @Benchmark
    public PostedDocument post(Exchange state) {
        return state.qoyod.adapter.post(state.document);
    }

    @Benchmark
    public Planned plan(Exchange state) {
        PlanResult result = state.planning.plan(state.qoyod.nextCount());
        if (!(result instanceof Planned planned) || planned.plan().documents().size() != 1) {
            throw new IllegalStateException("expected one planned document, got " + result);
        }
        return planned;
    }

    @Benchmark
    public ApplyReport apply(Applying state) {
        return state.applyOne();
    }
}
