package dev.stockadj.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.stockadj.app.cli.Cli;
import dev.stockadj.app.wiring.Closer;
import dev.stockadj.app.wiring.Modules;

/** Entry point of the stockadj command line: builds the injector once, runs one command, exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Injector injector = Guice.createInjector(Stage.DEVELOPMENT, Modules.all(System.getenv()));
        try (Closer closer = injector.getInstance(Closer.class)) {
            return Cli.commandLine(injector).execute(args);
        }
    }
}
