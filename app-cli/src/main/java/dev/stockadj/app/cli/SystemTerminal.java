package dev.stockadj.app.cli;

/** The process's terminal: interactive when the JVM has a console. */
final class SystemTerminal implements Terminal {
    @Override
    public boolean interactive() {
        return System.console() != null;
    }
}
