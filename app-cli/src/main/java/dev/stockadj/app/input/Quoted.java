package dev.stockadj.app.input;

/**
 * Text a user wrote, made safe to quote in a message: control characters written as escapes
 * ({@code \n}, {@code \u0000}), and cut to a length with "…", so a hostile cell or file name can
 * neither flood the output nor break its lines.
 */
final class Quoted {
    static final int CELL = 60;
    static final int PATH = 200;

    private Quoted() {
    }

    /** {@code 'text'}, cut to {@value #CELL} characters. */
    static String of(String text) {
        return "'" + plain(text, CELL) + "'";
    }

    /** The text, escaped and cut to {@code max} characters. */
    static String plain(String text, int max) {
        StringBuilder shown = new StringBuilder();
        int length = Math.min(text.length(), max);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return text.length() > max ? shown + "…" : shown.toString();
    }
}
