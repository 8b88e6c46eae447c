package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.journal.JournalFailure;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
    @Test
    void mapsEveryVendorFailureKind() {
        assertThat(ExitCode.of(new VendorAuthFailed(403, "no"))).isEqualTo(ExitCode.AUTH_FAILED);
        assertThat(ExitCode.of(new VendorRejected(List.of(new FieldError("f", "m"))))).isEqualTo(ExitCode.REJECTED);
        assertThat(ExitCode.of(new VendorNotFound("gone"))).isEqualTo(ExitCode.INVALID);
        assertThat(ExitCode.of(new VendorUnavailable(true, "timeout", null))).isEqualTo(ExitCode.UNCERTAIN);
        assertThat(ExitCode.of(new VendorRateLimited(Optional.empty()))).isEqualTo(ExitCode.UNCERTAIN);
        assertThat(ExitCode.of(new VendorProtocolError("html", null))).isEqualTo(ExitCode.UNCERTAIN);
    }

    @Test
    void mapsConfigInputAndJournalFailuresAndLooksThroughGuice() {
        ConfigException config = new ConfigException("vendor", "unknown");
        ProvisionException wrapped = new ProvisionException(List.of(new Message(List.of(), "provider failed", config)));

        assertThat(ExitCode.of((Throwable) config)).contains(ExitCode.INVALID);
        assertThat(ExitCode.of((Throwable) wrapped)).contains(ExitCode.INVALID);
        assertThat(ExitCode.of((Throwable) new JournalFailure("down", null))).contains(ExitCode.UNCERTAIN);
        assertThat(ExitCode.of((Throwable) new IllegalStateException("bug"))).isEmpty();
        CommandLine parser = new CommandLine(CommandLine.Model.CommandSpec.create());
        assertThat(ExitCode.of((Throwable) new CommandLine.ParameterException(parser, "bad")))
                .as("an argument the parser refused").contains(ExitCode.INVALID);
    }

    @Test
    void codesAreThoseOfTheContract() {
        assertThat(List.of(ExitCode.values())).extracting(ExitCode::code).containsExactly(0, 1, 2, 3, 4);
    }
}
