package dev.stockadj.app.cli;

import com.google.inject.ImplementedBy;

/** Keeps {@code stockadj sandbox} running until the process is interrupted. */
@ImplementedBy(BlockingForeground.class)
public interface Foreground {
    void hold() throws InterruptedException;
}
