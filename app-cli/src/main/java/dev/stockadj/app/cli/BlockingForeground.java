package dev.stockadj.app.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks until the JVM is stopped (Ctrl-C); shutdown hooks close what runs. */
final class BlockingForeground implements Foreground {
    @Override
    public void hold() throws InterruptedException {
        new CountDownLatch(1).await();
    }
}
