package dev.stockadj.app.wiring;

/** Starts one vendor's built-in emulator on a loopback port (0 for a free one). */
public interface SandboxStarter {
    RunningSandbox start(int port);
}
