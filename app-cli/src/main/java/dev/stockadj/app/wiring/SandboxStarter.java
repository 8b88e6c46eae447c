package dev.stockadj.app.wiring;

import dev.stockadj.app.config.StockadjHome;
import dev.stockadj.plumbing.wiring.RunningSandbox;

/** Starts one vendor's built-in emulator on a loopback port (0 for a free one), on the state kept under the home. */
public interface SandboxStarter {
    RunningSandbox start(int port, StockadjHome home);
}
