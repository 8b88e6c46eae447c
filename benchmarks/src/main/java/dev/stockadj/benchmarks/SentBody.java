package dev.stockadj.benchmarks;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.qoyod.QoyodAdapter;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The request the adapter sends for a document, as it went on the wire: posted once through a second adapter built
 * on a client that copies the POST's URL, body and content type (not the reads of prices before it). The raw baseline then sends exactly these
 * bytes, so the two differ only in what the adapter does around them.
 */
record SentBody(String url, byte[] bytes, MediaType contentType) {

    static SentBody of(SandboxedQoyod qoyod, AdjustmentDocument document) {
        AtomicReference<SentBody> sent = new AtomicReference<>();
        OkHttpClient copying = new OkHttpClient.Builder().addInterceptor(chain -> {
            if (chain.request().method().equals("POST")) {
                sent.set(copy(chain.request()));
            }
            return chain.proceed(chain.request());
        }).build();
        try (QoyodAdapter once = QoyodAdapter.create(qoyod.settings.withHttpClient(copying))) {
            once.post(document);
        } finally {
            copying.dispatcher().executorService().shutdown();
            copying.connectionPool().evictAll();
        }
        return sent.get();
    }

    private static SentBody copy(Request request) {
        try (Buffer buffer = new Buffer()) {
            request.body().writeTo(buffer);
            return new SentBody(request.url().toString(), buffer.readByteArray(), request.body().contentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
