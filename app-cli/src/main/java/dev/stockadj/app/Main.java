package dev.stockadj.app;

/** Entry point of the stockadj command line; the commands arrive with the CLI issue. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(2);
    }
}
