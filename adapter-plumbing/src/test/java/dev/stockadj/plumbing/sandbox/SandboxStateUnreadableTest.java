package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxStateUnreadableTest {
    @Test
    void namesTheVendorTheFileAndTheReasonAndKeepsTheCause() {
        IOException cause = new IOException("denied");
        SandboxStateUnreadable e = new SandboxStateUnreadable("Order Time", Path.of("/tmp/ordertime.json"), "denied", cause);

        assertThat(e).hasMessage("cannot read the Order Time sandbox's state file /tmp/ordertime.json: denied")
                .hasCause(cause);
        assertThat(e.file()).isEqualTo(Path.of("/tmp/ordertime.json"));
    }

    @Test
    void aFileIsRequired() {
        assertThatThrownBy(() -> new SandboxStateUnreadable("Qoyod", null, "x", null))
                .isInstanceOf(NullPointerException.class);
    }
}
