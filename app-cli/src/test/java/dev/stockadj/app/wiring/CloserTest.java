package dev.stockadj.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloserTest {
    @Test
    void closesInReverseOrderAndGoesOnPastAFailure() {
        List<String> closed = new ArrayList<>();
        Closer closer = new Closer();
        closer.register(() -> closed.add("adapter"));
        closer.register(() -> {
            throw new IOException("socket already gone");
        });
        closer.register(() -> closed.add("sandbox"));

        closer.close();

        assertThat(closed).containsExactly("sandbox", "adapter");
    }
}
